// Starts one in-process Prism mock server for one spec file.
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";

export interface PrismServer {
  url: string;
  /** Method and path template of every operation the spec declares. */
  operations: Array<{ method: string; path: string }>;
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
  return {
    url,
    operations: operations.map((op) => ({ method: op.method.toUpperCase(), path: op.path })),
    close: () => server.close(),
  };
}
