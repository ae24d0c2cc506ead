// Reads `x-linekit-rate-limit` ({ requests, per }) into core's RateLimit, so a typo fails generation.
// An operation without its own takes the document's (LINE's "Other API endpoints" row); each
// operation is its own bucket, because LINE counts every endpoint separately.
import type { RateLimit, RateLimitWindow } from "../../packages/core/src/table.ts";

const WINDOWS: readonly RateLimitWindow[] = ["second", "minute", "hour"];

export function parseRateLimit(raw: unknown, group: string, where: string): RateLimit | undefined {
  if (raw === undefined) return undefined;
  const fail = (why: string): never => {
    throw new Error(`${where}: x-linekit-rate-limit ${why}`);
  };
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return fail("must be an object");
  const value = raw as Record<string, unknown>;
  for (const key of Object.keys(value)) if (key !== "requests" && key !== "per") fail(`has unknown field "${key}"`);
  const { requests, per } = value;
  if (typeof requests !== "number" || !Number.isInteger(requests) || requests < 1)
    fail(`needs "requests", a positive integer, got ${JSON.stringify(requests)}`);
  if (!WINDOWS.includes(per as RateLimitWindow)) fail(`"per" must be one of ${WINDOWS.join(", ")}`);
  return { group, requests: requests as number, per: per as RateLimitWindow };
}
