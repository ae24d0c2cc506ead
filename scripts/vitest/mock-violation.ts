// "The mock rejected this request because of field F": Prism answered with an error status and
// listed, in its `sl-violations` header, a problem matching `expected` (code plus location or message).
import { LineApiError } from "@linekit/core";
import { readViolations, type Violation } from "@linekit/mock";
import { expect } from "vitest";

/** What the violation must contain, e.g. `{ code: "maxLength", location: ["request", "body", "text"] }`. */
export type ExpectedViolation = { [K in keyof Violation]?: Violation[K] | unknown };

/**
 * Asserts that `refusal` (a named method's error, or a `.raw` call's Response) is the mock's refusal
 * because of `expected`; returns every violation listed.
 */
export function expectViolation(refusal: unknown, expected: ExpectedViolation): Violation[] {
  if (refusal instanceof Response) expect(refusal.ok).toBe(false);
  else expect(refusal).toBeInstanceOf(LineApiError);
  const violations = readViolations(refusal);
  expect(violations).toContainEqual(expect.objectContaining(expected));
  return violations;
}
