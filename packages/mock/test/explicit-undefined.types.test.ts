// The option types take an explicit undefined in every optional field (exactOptionalPropertyTypes
// is on here, as in many users' projects), so a test can forward an optional value. A field
// narrowed back to `?: T` fails the package's typecheck.
import { describe, expectTypeOf, it } from "vitest";
import type { FieldsRefusingUndefined } from "../../../scripts/vitest/optional-fields.js";
import type {
  Answer,
  EventOptions,
  JournalFilter,
  MockOptions,
  Seed,
  SeedChat,
  SeedUser,
  SendWebhookOptions,
} from "../src/index.js";

describe("option types", () => {
  it("every optional field takes an explicit undefined", () => {
    expectTypeOf<FieldsRefusingUndefined<MockOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<Seed>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<SeedUser>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<SeedChat>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<Answer>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<JournalFilter>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<EventOptions>>().toEqualTypeOf<never>();
    expectTypeOf<FieldsRefusingUndefined<SendWebhookOptions>>().toEqualTypeOf<never>();
  });
});
