// The smallest client: named methods (and `.withResponse`) for just the operations you pass.
// It leaves out `.raw` (openapi-fetch) and `.paginate`, so a bundle carries only what it calls:
//   import { replyMessage } from "@linekit/messaging/operations";
//   const line = createOperationsClient({ replyMessage }, { channelAccessToken });
import { createDelivery, type DeliverCall } from "./delivery.js";
import { createInvoker } from "./invoke.js";
import type { MethodOf, ResultOf, WithResponse } from "./method-types.js";
import type { ClientOptions } from "./options.js";
import type { OperationEntry } from "./table.js";

/**
 * Operation types by operationId. Each area's generated `operations.ts` adds its own entries
 * (declaration merging), which is how an entry imported on its own keeps its full typing.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, which a type alias cannot take.
export interface LineOperationTypes {}

/** A generated operation entry that names its operation. */
export type NamedOperationEntry = OperationEntry & { readonly operationId: string };

type TypesOf<E> = E extends { operationId: infer Id }
  ? Id extends keyof LineOperationTypes
    ? LineOperationTypes[Id]
    : never
  : never;

export type OperationsClient<Ops extends Record<string, NamedOperationEntry>> = {
  [K in keyof Ops]: MethodOf<TypesOf<Ops[K]>>;
} & {
  /** Same methods, resolving to `{ data, status, response, requestId, attempts }`. */
  readonly withResponse: { [K in keyof Ops]: MethodOf<TypesOf<Ops[K]>, WithResponse<ResultOf<TypesOf<Ops[K]>>>> };
};

/** Builds named methods for the given operation entries over one transport. */
export function createOperationsClient<Ops extends Record<string, OperationEntry>>(
  operations: Ops,
  options: ClientOptions = {},
) {
  return namedMethods(operations, options, createDelivery(options)) as unknown as Ops extends Record<
    string,
    NamedOperationEntry
  >
    ? OperationsClient<Ops>
    : UntypedMethods;
}

type UntypedMethods = Record<string, (...args: unknown[]) => Promise<unknown>> & {
  withResponse: Record<string, (...args: unknown[]) => Promise<WithResponse<unknown>>>;
};

/** The named methods and `.withResponse` of `operations`, sending through `deliverCall`. */
export function namedMethods(
  operations: Readonly<Record<string, OperationEntry>>,
  options: ClientOptions,
  deliverCall: DeliverCall,
): UntypedMethods {
  const methodsOf = createInvoker(deliverCall, options, operations);
  const named: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  const withResponse: UntypedMethods["withResponse"] = {};
  for (const [key, entry] of Object.entries(operations)) {
    const methods = methodsOf(entry.operationId ?? key, entry);
    named[key] = methods.data;
    withResponse[key] = methods.withResponse;
  }
  return Object.assign(named, { withResponse });
}
