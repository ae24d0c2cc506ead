/** Why a webhook request was refused. Each reason has its own class and HTTP status. */
export type WebhookErrorCode =
  | "missing_signature"
  | "invalid_signature"
  | "body_too_large"
  | "body_timeout"
  | "malformed_body"
  | "body_consumed";

import { LinekitError } from "@linekit/core";

/** Base class of every error @linekit/webhook throws about a request. Messages never contain secrets. */
export class WebhookError extends LinekitError {
  /** Machine-readable reason. */
  readonly code: WebhookErrorCode;
  /** HTTP status the handlers answer with for this error. */
  readonly status: number;

  constructor(code: WebhookErrorCode, status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
  }

  override toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, code: this.code, status: this.status };
  }
}

/** The request has no `x-line-signature` header (or it is empty). */
export class WebhookSignatureMissingError extends WebhookError {
  constructor() {
    super("missing_signature", 401, "The request has no x-line-signature header; it did not come from LINE.");
  }
}

/** The signature does not match the body for any of the channel secrets. */
export class WebhookSignatureInvalidError extends WebhookError {
  constructor() {
    super(
      "invalid_signature",
      401,
      "The x-line-signature header does not match the request body. Check the channel secret, and make sure " +
        "the body reaches the check byte for byte as received (not re-serialized JSON).",
    );
  }
}

/** The body is larger than the configured limit; it was not verified or parsed. */
export class WebhookBodyTooLargeError extends WebhookError {
  /** The limit in bytes. */
  readonly limit: number;

  constructor(limit: number) {
    super("body_too_large", 413, `The request body is larger than the limit of ${limit} bytes.`);
    this.limit = limit;
  }
}

/** The body did not arrive completely within the Node adapter's `bodyTimeoutMs`; it was not verified or parsed. */
export class WebhookBodyTimeoutError extends WebhookError {
  /** The deadline in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super("body_timeout", 408, `The request body did not arrive within ${timeoutMs} ms.`);
    this.timeoutMs = timeoutMs;
  }
}

/** The signature holds but the body is not JSON, or not a webhook body (`destination` + `events[]`). */
export class WebhookMalformedBodyError extends WebhookError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super("malformed_body", 400, `The webhook body is malformed: ${detail}.`, options);
  }
}

/** A body parser (such as `express.json()`) read the request before the webhook handler could. */
export class WebhookBodyConsumedError extends WebhookError {
  constructor() {
    super(
      "body_consumed",
      500,
      "The request body was already read by a body parser (for example express.json()), so the exact bytes " +
        "LINE signed are gone and the signature cannot be checked. Mount the LINE webhook handler before " +
        'express.json(), or give its route express.raw({ type: "application/json" }) instead.',
    );
  }
}
