// The option types take an explicit undefined in every optional field (exactOptionalPropertyTypes
// is on here, as in many users' projects), so a user can forward an optional value. A field
// narrowed back to `?: T` fails the package's typecheck.
import { describe, expectTypeOf, it } from "vitest";
import type { FieldsRefusingUndefined } from "../../../scripts/vitest/optional-fields.js";
import type { MulticastAllOptions } from "../src/index.js";

describe("option types", () => {
  it("every optional field takes an explicit undefined", () => {
    expectTypeOf<FieldsRefusingUndefined<MulticastAllOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<NonNullable<MulticastAllOptions["extra"]>>>().toEqualTypeOf<never>();
  });
});
