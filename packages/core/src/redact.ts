// Keeps known secrets (the tokens a call sent, OAuth credentials in its form or query) out of the
// errors we throw, whatever foreign text they carry: a fetch error quoting the request's headers,
// a server echoing the token in its error body, a custom fetch quoting the form body. Our own
// errors are cleaned in place; foreign causes are replaced by plain copies that keep only their
// (cleaned) name, message, stack, code-like fields and cause, so no hidden property can hold the
// original text.

import { LinekitError } from "./errors.js";

const REDACTED = "[redacted]";
/** Shorter values are not real LINE credentials, and searching for them would mangle ordinary words. */
const MIN_SECRET_LENGTH = 8;
const MAX_DEPTH = 8;

/** Form and query fields of LINE's token endpoints whose values are credentials. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(["client_secret", "client_assertion", "access_token"]);

/** Adds the values of SECRET_FIELDS found in a params or form-body object. */
export function addSecretFields(secrets: Set<string>, fields: unknown): void {
  if (!fields || typeof fields !== "object") return;
  for (const [name, value] of Object.entries(fields)) {
    if (SECRET_FIELDS.has(name) && typeof value === "string") secrets.add(value);
  }
}

/** The ways a secret shows up in text: as-is, JSON-escaped, URL-encoded and form-encoded. */
function formsOf(secret: string): string[] {
  const forms = new Set([
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]);
  // Percent-encoding with lower-case hex digits is just as common.
  for (const form of [...forms]) forms.add(form.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
  return [...forms].sort((a, b) => b.length - a.length);
}

export class Redactor {
  private readonly forms: string[];
  constructor(secrets: Iterable<string>) {
    const all = new Set<string>();
    for (const secret of secrets) {
      if (secret.length >= MIN_SECRET_LENGTH) for (const form of formsOf(secret)) all.add(form);
    }
    this.forms = [...all].sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.forms.length === 0;
  }

  text(value: string): string {
    let result = value;
    for (const form of this.forms) if (result.includes(form)) result = result.split(form).join(REDACTED);
    return result;
  }

  /**
   * Cleans one of our errors in place, and replaces its cause chain with cleaned copies. With no
   * secret to look for, the error and its cause stay as they are.
   */
  ownError<E extends Error>(error: E, depth = 0): E {
    if (this.empty) return error;
    const target = error as unknown as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(error)) {
      if (key === "cause") continue;
      const value = target[key];
      if (value instanceof Headers) target[key] = this.headers(value);
      else target[key] = this.value(value, depth + 1);
    }
    if ("cause" in error) target.cause = this.cause(error.cause, depth + 1);
    return error;
  }

  private cause(cause: unknown, depth: number): unknown {
    if (cause instanceof Error && isOurs(cause)) return this.ownError(cause, depth);
    return this.value(cause, depth);
  }

  private headers(headers: Headers): Headers {
    const clean = new Headers();
    for (const [name, value] of headers) clean.append(name, this.text(value));
    return clean;
  }

  /** A cleaned copy of any value; objects that are neither errors nor plain data become their type's name. */
  value(value: unknown, depth: number): unknown {
    if (typeof value === "string") return this.text(value);
    if (value === null || typeof value !== "object") return typeof value === "function" ? "[function]" : value;
    if (depth > MAX_DEPTH) return "[…]";
    if (value instanceof Error) return this.foreignError(value, depth);
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1));
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[this.text(key)] = this.value(item, depth + 1);
      return copy;
    }
    if (value instanceof Headers) return this.headers(value);
    // A Request, a socket, a class instance: its fields could hold anything; keep only what it is.
    return `[${(proto?.constructor?.name as string | undefined) ?? "object"}]`;
  }

  private foreignError(error: Error, depth: number): Error {
    const Kind = [TypeError, RangeError, SyntaxError].find((kind) => error instanceof kind) ?? Error;
    const copy = new Kind(this.text(String(error.message)));
    const target = copy as unknown as Record<string, unknown>;
    Object.defineProperty(copy, "name", { value: this.text(String(error.name)), writable: true, configurable: true });
    copy.stack = this.text(String(error.stack ?? `${copy.name}: ${copy.message}`));
    for (const key of Object.keys(error)) {
      if (key === "message" || key === "stack" || key === "name" || key === "cause") continue;
      target[this.text(key)] = this.value((error as unknown as Record<string, unknown>)[key], depth + 1);
    }
    if (error.cause !== undefined) target.cause = this.cause(error.cause, depth + 1);
    return copy;
  }
}

function isOurs(error: Error): boolean {
  return error instanceof LinekitError;
}
