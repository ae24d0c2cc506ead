// What a built JavaScript module imports, read by esbuild without following anything: each import
// record's specifier and kind (a static `import`/`export … from`, or a dynamic `import()`). The
// bench's cold-import floor and the consumer suite's tarball check both need it.
import { build } from "esbuild";

export interface ImportRecord {
  specifier: string;
  kind: "static" | "dynamic";
}

export async function importRecordsOf(file: string): Promise<ImportRecord[]> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
    // Every import is left external, so the metafile holds this file's own records only.
    plugins: [
      {
        name: "all-external",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => (args.kind === "entry-point" ? undefined : { external: true }));
        },
      },
    ],
  });
  const records = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
  const seen = new Map<string, ImportRecord>();
  for (const r of records) {
    if (r.kind !== "import-statement" && r.kind !== "dynamic-import") continue;
    const kind = r.kind === "dynamic-import" ? "dynamic" : "static";
    // A module imported both ways counts as static: it loads at start-up.
    if (seen.get(r.path)?.kind !== "static") seen.set(r.path, { specifier: r.path, kind });
  }
  return [...seen.values()];
}
