// What the mock reports when a request or an answer breaks the spec. A module of its own, free of
// Prism's types: the public declarations (journal entries, `parseViolations`) reach it, and Prism's
// declarations import `pino`, which has no types, so a user without skipLibCheck would fail on them.

/** A field and the reason it breaks the spec. */
export interface SpecViolation {
  /** Where: `request.body.messages.0.text`, `request.path.userId`, `response.body.endpoint`… */
  field: string;
  reason: string;
}
