// Loads a spec and follows `$ref`s across files, so the operation table sees what the tools see.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

type Json = unknown;

export type Obj = Record<string, unknown>;
/** `v` as an object to read fields of, or an empty one when it is not an object. */
export const asObj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const fileCache = new Map<string, Json>();

function loadFile(file: string): Json {
  let doc = fileCache.get(file);
  if (doc === undefined) {
    doc = parse(readFileSync(file, "utf8"));
    fileCache.set(file, doc);
  }
  return doc;
}

function pointer(doc: Json, fragment: string, where: string): Json {
  let node = doc;
  for (const raw of fragment.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(key in node)) {
      throw new Error(`unresolvable $ref ${where}`);
    }
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

/** Returns `node` with its top-level `$ref` chain followed, plus the file it now lives in. */
export function deref(node: Json, file: string): { node: Json; file: string } {
  let seen = 0;
  while (node && typeof node === "object" && "$ref" in node) {
    const ref = String((node as { $ref: string }).$ref);
    const [target, fragment = ""] = ref.split("#");
    const nextFile = target ? path.resolve(path.dirname(file), target) : file;
    node = pointer(loadFile(nextFile), fragment, `${ref} (from ${file})`);
    file = nextFile;
    if (++seen > 32) throw new Error(`$ref cycle at ${ref}`);
  }
  return { node, file };
}

export function loadSpec(file: string): { doc: Record<string, Json>; file: string } {
  const abs = path.resolve(file);
  return { doc: loadFile(abs) as Record<string, Json>, file: abs };
}
