// The option types take an explicit undefined in every optional field (exactOptionalPropertyTypes
// is on here, as in many users' projects), so a user can forward an optional value. A field
// narrowed back to `?: T` fails the package's typecheck.
import { describe, expectTypeOf, it } from "vitest";
import type { FieldsRefusingUndefined } from "../../../scripts/vitest/optional-fields.js";
import type { createMemoryEventIdStore, ParseWebhookOptions, WebhookHandlerOptions } from "../src/index.js";
import type { NodeWebhookHandlerOptions } from "../src/node.js";

describe("option types", () => {
  it("every optional field takes an explicit undefined", () => {
    // Each member of the union: with onEvent, and with onEvents.
    expectTypeOf<FieldsRefusingUndefined<WebhookHandlerOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<NodeWebhookHandlerOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<ParseWebhookOptions>>().toEqualTypeOf<never>();
    type MemoryStoreOptions = NonNullable<Parameters<typeof createMemoryEventIdStore>[0]>;
    expectTypeOf<FieldsRefusingUndefined<MemoryStoreOptions>>().toEqualTypeOf<never>();
  });
});
