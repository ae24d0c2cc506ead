// The one way tests assert a rejection: `await rejectionOf(call, expected?)` fails the test when the
// call resolves, checks the error against `expected` when given, and hands the error back for more.
import { expect } from "vitest";

type ErrorClass = abstract new (...args: never[]) => unknown;
/** A class (instanceof), a message fragment or pattern, or fields the error must have. */
export type ExpectedRejection = ErrorClass | string | RegExp | Record<string, unknown>;

type Instance<C> = C extends abstract new (...args: never[]) => infer I ? I : never;

export function rejectionOf<C extends ErrorClass>(call: Promise<unknown>, expected: C): Promise<Instance<C>>;
export function rejectionOf(call: Promise<unknown>, expected?: ExpectedRejection): Promise<unknown>;
export async function rejectionOf(call: Promise<unknown>, expected?: ExpectedRejection): Promise<unknown> {
  const error = await call.then(
    (value: unknown) => {
      throw new Error(`expected a rejection, got ${describe(value)}`);
    },
    (reason: unknown) => reason,
  );
  if (typeof expected === "function") expect(error).toBeInstanceOf(expected);
  else if (typeof expected === "string") expect((error as Error).message).toContain(expected);
  else if (expected instanceof RegExp) expect((error as Error).message).toMatch(expected);
  else if (expected !== undefined) expect(error).toMatchObject(expected);
  return error;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
