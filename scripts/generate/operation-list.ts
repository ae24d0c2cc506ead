// Every operation of a spec as a reader sees it: what the docs site and the package READMEs list.
// (operation-table.ts builds what the runtime needs; this adds the words and the parameters' names.)
import { asObj, deref } from "./load-spec.ts";
import { specOperations } from "./spec-operations.ts";

export interface ListedParameter {
  name: string;
  in: string;
  required: boolean;
}

export interface ListedOperation {
  operationId: string;
  method: string;
  path: string;
  /** The first server of the operation, its path item or the document, without a trailing slash. */
  host: string;
  tag: string;
  description: string;
  parameters: ListedParameter[];
  body?: { media: string[]; required: boolean };
}

/** In the spec's order. A document without paths (a components document) lists nothing. */
export function listOperations(specFile: string): ListedOperation[] {
  return specOperations(specFile).map(({ route, method, op, itemFile, params, host }) => {
    const listed: ListedOperation = {
      operationId: String(op.operationId ?? ""),
      method: method.toUpperCase(),
      path: route,
      host: host ?? "",
      tag: String((Array.isArray(op.tags) ? op.tags[0] : undefined) ?? ""),
      description: String(op.description ?? "").trim(),
      parameters: params.map((p) => ({ name: String(p.name), in: String(p.in), required: p.required === true })),
    };
    if (op.requestBody) {
      const body = asObj(deref(op.requestBody, itemFile).node);
      listed.body = { media: Object.keys(asObj(body.content)), required: body.required === true };
    }
    return listed;
  });
}
