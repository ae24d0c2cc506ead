// Starts one in-process Prism mock server for one spec file. Prism is the judge of every request
// (it validates it against the spec) and answers with the spec's examples.
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";

/** One operation of a spec as Prism reads it (operationId is `iid`). */
export type SpecOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

export interface PrismServer {
  url: string;
  /** Every operation the spec declares. */
  operations: SpecOperation[];
  close: () => Promise<void>;
}

export async function startPrism(specFile: string, host = "127.0.0.1", port = 0): Promise<PrismServer | undefined> {
  const operations = await getHttpOperationsFromSpec(specFile);
  if (operations.length === 0) return undefined; // a components-only document has nothing to serve
  const server = createServer(operations, {
    cors: false,
    config: {
      mock: { dynamic: false },
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    },
    components: { logger: createLogger("linekit-mock", { level: "silent" }) },
  } as Parameters<typeof createServer>[1]);
  const url = await server.listen(port, host);
  return { url, operations, close: () => server.close() };
}
