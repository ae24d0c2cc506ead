// Which credentials an operation sends, from its `security` (or the document's): the first
// requirement that names a scheme decides. An empty requirement (`{}`) alone means none; next to a
// scheme it only says LINE also accepts other ways (attach takes the ID/secret in the body too).
import type { AuthScheme } from "../../packages/core/src/table.ts";
import { asObj, deref, type Obj } from "./load-spec.ts";

export function authScheme(security: unknown, doc: Obj, file: string, where: string): AuthScheme {
  const requirements = Array.isArray(security) ? security : [];
  const name = requirements.map((r) => Object.keys(asObj(r))[0]).find((n) => n !== undefined);
  if (name === undefined) return "none";
  const declared = asObj(asObj(doc.components).securitySchemes)[name];
  if (declared === undefined) throw new Error(`${where}: security scheme "${name}" is not declared`);
  const scheme = asObj(deref(declared, file).node);
  const kind = String(scheme.scheme ?? "").toLowerCase();
  if (scheme.type === "http" && (kind === "bearer" || kind === "basic")) return kind;
  throw new Error(`${where}: security scheme "${name}" is neither HTTP bearer nor HTTP basic`);
}
