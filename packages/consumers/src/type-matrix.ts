// tsc over the consumer files in a scratch project, under one module setting:
// NodeNext, Bundler or node10, with or without the DOM lib, and never with skipLibCheck.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { tsc5, tsc7 } from "./paths.js";
import { run } from "./run.js";

export interface TypeSetting {
  name: string;
  module: "nodenext" | "preserve" | "commonjs";
  moduleResolution: "nodenext" | "bundler" | "node10";
  dom: boolean;
  compiler: "tsc 5.9" | "tsc 7";
}

const resolutions = [
  { module: "nodenext", moduleResolution: "nodenext", compiler: "tsc 7" },
  { module: "preserve", moduleResolution: "bundler", compiler: "tsc 7" },
  { module: "commonjs", moduleResolution: "node10", compiler: "tsc 5.9" },
] as const;

export const typeSettings: TypeSetting[] = resolutions.flatMap((r) => [
  { ...r, dom: true, name: `${r.compiler}, ${r.moduleResolution}, DOM lib` },
  { ...r, dom: false, name: `${r.compiler}, ${r.moduleResolution}, ES2023 + @types/node only` },
]);

export interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

function writeConfig(dir: string, setting: TypeSetting, files: readonly string[]): string {
  const file = path.join(dir, `tsconfig.${setting.moduleResolution}${setting.dom ? ".dom" : ""}.json`);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: "ES2022",
    module: setting.module,
    moduleResolution: setting.moduleResolution,
    // Without the DOM lib, the only type sources are ES2023 and @types/node, as in a plain Node project.
    lib: setting.dom ? ["ES2023", "DOM", "DOM.Iterable"] : ["ES2023"],
    types: setting.dom ? [] : ["node"],
    // node10 is deprecated in TypeScript 5.x and removed in 7; users still on it silence the warning.
    ...(setting.moduleResolution === "node10" ? { ignoreDeprecations: "5.0" } : {}),
  };
  writeFileSync(file, JSON.stringify({ compilerOptions, files }, null, 2));
  return file;
}

/** Every diagnostic tsc reports (file relative to the project, 1-based line). */
export async function typeCheck(dir: string, setting: TypeSetting, files: readonly string[]): Promise<Diagnostic[]> {
  const config = writeConfig(dir, setting, files);
  const tsc = setting.compiler === "tsc 7" ? tsc7 : tsc5;
  const ran = await run(process.execPath, [tsc, "-p", config, "--pretty", "false"], { cwd: dir });
  const diagnostics = [...ran.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
    code: m[3]!,
    message: m[4]!,
  }));
  // A failure tsc did not report as a located diagnostic (bad config, crash) must not pass as "no errors".
  if (ran.code !== 0 && diagnostics.length === 0) throw new Error(`tsc failed:\n${ran.stdout}${ran.stderr}`);
  return diagnostics;
}
