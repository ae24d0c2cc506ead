// The option types take an explicit undefined in every optional field (exactOptionalPropertyTypes
// is on here, as in many users' projects), so a user can forward an optional value. A field
// narrowed back to `?: T` fails the package's typecheck.
import { describe, expectTypeOf, it } from "vitest";
import type { FieldsRefusingUndefined } from "../../../scripts/vitest/optional-fields.js";
import type {
  ByAssertion,
  ClientAssertionOptions,
  createMemoryTokenCache,
  PrivateJsonWebKey,
  TokenClientOptions,
  TokenProviderOptions,
} from "../src/index.js";

describe("option types", () => {
  it("every optional field takes an explicit undefined", () => {
    expectTypeOf<FieldsRefusingUndefined<TokenProviderOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<TokenClientOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<ClientAssertionOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<ByAssertion>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<PrivateJsonWebKey>>().toEqualTypeOf<never>();
    type MemoryCacheOptions = NonNullable<Parameters<typeof createMemoryTokenCache>[0]>;
    expectTypeOf<FieldsRefusingUndefined<MemoryCacheOptions>>().toEqualTypeOf<never>();
  });
});
