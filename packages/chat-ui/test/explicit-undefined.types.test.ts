// The option types take an explicit undefined in every optional field (exactOptionalPropertyTypes
// is on here, as in many users' projects), so a user can forward an optional value. A field
// narrowed back to `?: T` fails the package's typecheck.
import { describe, expectTypeOf, it } from "vitest";
import type { FieldsRefusingUndefined } from "../../../scripts/vitest/optional-fields.js";
import type { PreviewOptions, RenderOptions } from "../src/index.js";
import type { SimulatorOptions } from "../src/simulator/server.js";

describe("option types", () => {
  it("every optional field takes an explicit undefined", () => {
    expectTypeOf<FieldsRefusingUndefined<PreviewOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<RenderOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<SimulatorOptions>>().toEqualTypeOf<never>();
    type SimulatedUser = NonNullable<SimulatorOptions["users"]>[number];
    expectTypeOf<FieldsRefusingUndefined<SimulatedUser>>().toEqualTypeOf<never>();
  });
});
