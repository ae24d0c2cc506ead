// The option types take an explicit undefined in every optional field (exactOptionalPropertyTypes
// is on here, as in many users' projects): `{ prefix: process.env.PREFIX }` compiles. A field
// narrowed back to `?: T` fails the package's typecheck.
import { describe, expectTypeOf, it } from "vitest";
import type { FieldsRefusingUndefined } from "../../../scripts/vitest/optional-fields.js";
import type { ConnectRedisOptions, RedisStateOptions } from "../src/index.js";

describe("option types", () => {
  it("every optional field takes an explicit undefined", () => {
    expectTypeOf<FieldsRefusingUndefined<RedisStateOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<ConnectRedisOptions>>().toEqualTypeOf<never>();
  });
});
