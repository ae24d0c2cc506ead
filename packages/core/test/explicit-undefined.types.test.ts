// The option types take an explicit undefined in every optional field (exactOptionalPropertyTypes
// is on here, as in many users' projects): `{ share: maybeShare }` compiles, and the runtime reads
// undefined as "not given". A field narrowed back to `?: T` fails the package's typecheck.
import { describe, expectTypeOf, it } from "vitest";
import type { FieldsRefusingUndefined } from "../../../scripts/vitest/optional-fields.js";
import type {
  CallOptions,
  ClientHooks,
  ClientOptions,
  createMemoryRateLimitStore,
  PaginateOptions,
  PollOptions,
  RateLimiterOptions,
  RetryOptions,
} from "../src/index.js";

describe("option types", () => {
  it("every optional field takes an explicit undefined", () => {
    expectTypeOf<FieldsRefusingUndefined<ClientOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<CallOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<PaginateOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<RetryOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<ClientHooks>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<PollOptions<unknown>>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<RateLimiterOptions>>().toEqualTypeOf<never>();
    type MemoryStoreOptions = NonNullable<Parameters<typeof createMemoryRateLimitStore>[0]>;
    expectTypeOf<FieldsRefusingUndefined<MemoryStoreOptions>>().toEqualTypeOf<never>();
  });
});
