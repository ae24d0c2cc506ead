// The page's files: static/ (HTML, CSS) and the compiled renderer and page scripts under dist/.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

// This module runs from dist/simulator/ (or src/simulator/ in tests): two levels up is the package.
const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const staticDir = path.join(packageDir, "static");
const scriptDir = path.join(packageDir, "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/** The file behind a page path, or undefined (unknown path, or one that leaves its folder). */
export async function pageFile(urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  const [dir, rest] = urlPath.startsWith("/app/")
    ? [scriptDir, urlPath.slice(5)]
    : [staticDir, urlPath.slice(1) || "index.html"];
  const file = path.resolve(dir, decodeURIComponent(rest));
  const type = TYPES[path.extname(file)];
  if (!type || !file.startsWith(dir + path.sep)) return undefined;
  try {
    return { body: await readFile(file), type };
  } catch {
    return undefined;
  }
}
