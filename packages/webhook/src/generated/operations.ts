// Generated from specs/webhook.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationTable } from "@linekit/core";


/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = {  } as const satisfies OperationTable;
