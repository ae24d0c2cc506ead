// Helpers for tests that run a client against the mock.

/**
 * A fetch that sends every request to the mock while asking Prism to verify the LINE host the
 * client chose: the original origin travels as `__server`, and Prism answers 404
 * (NO_SERVER_MATCHED_ERROR) when it is not a server the operation declares.
 */
export function hostCheckingFetch(mockUrl: string, inner: (request: Request) => Promise<Response> = (r) => fetch(r)) {
  const mock = new URL(mockUrl);
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    url.searchParams.set("__server", url.origin);
    url.protocol = mock.protocol;
    url.host = mock.host;
    const body = request.body ? await request.arrayBuffer() : undefined;
    return inner(
      new Request(url, {
        method: request.method,
        headers: request.headers,
        body: body ?? null,
        signal: request.signal,
      }),
    );
  };
}

/** One request validation problem reported by Prism. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** Prism's `sl-violations` header of a failed call (a LineApiError or a Response), parsed. */
export function readViolations(source: { headers?: Headers } | Response | unknown): Violation[] {
  const headers = (source as { headers?: Headers } | undefined)?.headers;
  const raw = headers instanceof Headers ? headers.get("sl-violations") : null;
  return raw ? parseViolations(raw) : [];
}

// Past about 8 KB Prism prefixes the header with "Too many violations! " and cuts the JSON
// mid-entry (a oneOf body reports every member). Keep the entries that arrived whole.
export function parseViolations(raw: string): Violation[] {
  const json = raw.replace(/^Too many violations!\s*/, "");
  try {
    return JSON.parse(json) as Violation[];
  } catch {
    const cut = json.lastIndexOf('},{"location"');
    return cut > 0 ? (JSON.parse(`${json.slice(0, cut + 1)}]`) as Violation[]) : [];
  }
}
