// Header values are checked before anything is sent: fetch rejects a CR, LF or NUL with an error
// that quotes the whole value (a bearer token included), and a CR LF could split the header.

/** A header value (or the channel access token) that cannot be sent; the value is never quoted. */
export class InvalidHeaderValueError extends TypeError {
  override name = "InvalidHeaderValueError";
  /** Which header, or "channel access token". */
  readonly header: string;
  constructor(header: string) {
    super(
      `${header} contains a character that cannot be sent in an HTTP header (a control character such as CR, LF ` +
        "or NUL, or one beyond Latin-1); nothing was sent. The value is not shown here, as it may be a secret.",
    );
    this.header = header;
  }
}

// Allowed: tab, visible ASCII and space, and Latin-1 from U+0080 (RFC 9110 field-value, obs-text).
const INVALID = /[^\t\x20-\x7e\x80-\xff]/;

export function checkHeaderValue(header: string, value: string): void {
  if (!isSendable(value)) throw new InvalidHeaderValueError(header);
}

/** Whether `value` can be sent as a header value. */
export function isSendable(value: string): boolean {
  return !INVALID.test(value);
}

/** Checks every value of a header record; `where` says whose headers they are. */
export function checkHeaderValues(headers: Readonly<Record<string, string>>, where: string): void {
  for (const name in headers) checkHeaderValue(`${where} header "${name}"`, String(headers[name]));
}
