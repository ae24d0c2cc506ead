/** Why a webhook request was refused. Each reason has its own class and HTTP status. */
export type WebhookErrorCode =
  | "missing_signature"
  | "invalid_signature"
  | "body_too_large"
  | "body_timeout"
  | "malformed_body"
  | "body_consumed";

import { type ErrorContext, LinekitError } from "@linekit/core";

export interface WebhookErrorInit extends ErrorContext {
  code: WebhookErrorCode;
  /** HTTP status the handlers answer with. */
  status: number;
  message: string;
}

/** Base class of every error @linekit/webhook throws about a request. Messages never contain secrets. */
export class WebhookError extends LinekitError {
  override name = "WebhookError";
  /** Machine-readable reason. */
  readonly code: WebhookErrorCode;
  /** HTTP status the handlers answer with for this error. */
  readonly status: number;

  constructor(init: WebhookErrorInit) {
    super(init);
    this.code = init.code;
    this.status = init.status;
  }

  override toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, code: this.code, status: this.status };
  }
}

/** The request has no `x-line-signature` header (or it is empty). */
export class WebhookSignatureMissingError extends WebhookError {
  override name = "WebhookSignatureMissingError";
  constructor(init: ErrorContext = {}) {
    super({
      ...init,
      code: "missing_signature",
      status: 401,
      message: "The request has no x-line-signature header; it did not come from LINE.",
    });
  }
}

/** The signature does not match the body for any of the channel secrets. */
export class WebhookSignatureInvalidError extends WebhookError {
  override name = "WebhookSignatureInvalidError";
  constructor(init: ErrorContext = {}) {
    super({
      ...init,
      code: "invalid_signature",
      status: 401,
      message:
        "The x-line-signature header does not match the request body. Check the channel secret, and make sure " +
        "the body reaches the check byte for byte as received (not re-serialized JSON).",
    });
  }
}

/** The body is larger than the configured limit; it was not verified or parsed. */
export class WebhookBodyTooLargeError extends WebhookError {
  override name = "WebhookBodyTooLargeError";
  /** The limit in bytes. */
  readonly limit: number;
  constructor(init: ErrorContext & { limit: number }) {
    const message = `The request body is larger than the limit of ${init.limit} bytes.`;
    super({ ...init, code: "body_too_large", status: 413, message });
    this.limit = init.limit;
  }
}

/** The body did not arrive completely within the Node adapter's `bodyTimeoutMs`; it was not verified or parsed. */
export class WebhookBodyTimeoutError extends WebhookError {
  override name = "WebhookBodyTimeoutError";
  /** The deadline in milliseconds. */
  readonly timeoutMs: number;
  constructor(init: ErrorContext & { timeoutMs: number }) {
    const message = `The request body did not arrive within ${init.timeoutMs} ms.`;
    super({ ...init, code: "body_timeout", status: 408, message });
    this.timeoutMs = init.timeoutMs;
  }
}

/** The signature holds but the body is not JSON, or not a webhook body (`destination` + `events[]`). */
export class WebhookMalformedBodyError extends WebhookError {
  override name = "WebhookMalformedBodyError";
  /** `detail`: what is wrong with the body, e.g. "`events` is not an array". */
  constructor(init: ErrorContext & { detail: string }) {
    super({
      ...init,
      code: "malformed_body",
      status: 400,
      message: `The webhook body is malformed: ${init.detail}.`,
    });
  }
}

/** A body parser (such as `express.json()`) read the request before the webhook handler could. */
export class WebhookBodyConsumedError extends WebhookError {
  override name = "WebhookBodyConsumedError";
  constructor(init: ErrorContext = {}) {
    super({
      ...init,
      code: "body_consumed",
      status: 500,
      message:
        "The request body was already read by a body parser (for example express.json()), so the exact bytes " +
        "LINE signed are gone and the signature cannot be checked. Mount the LINE webhook handler before " +
        'express.json(), or give its route express.raw({ type: "application/json" }) instead.',
    });
  }
}
