// startMock(): a Prism server per spec under specs/, behind one gateway port.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startGateway } from "./gateway.js";
import { type PrismServer, startPrism } from "./prism.js";

export interface MockOptions {
  /** Areas to serve (spec file names without `.yaml`); default: every spec with operations. */
  areas?: string[];
  /** Port of the gateway that serves all areas; 0 (default) picks a free one. */
  port?: number;
  host?: string;
  /** Folder holding `<area>.yaml` files; default: the specs shipped with this package or the repo's. */
  specsDir?: string;
}

export interface RunningMock {
  /** One URL for every area: give it to a client as `baseUrl`. */
  url: string;
  /** Each area's own Prism server. */
  areas: Record<string, string>;
  close: () => Promise<void>;
}

export function defaultSpecsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/specs in a published package (copied by prepack); in the monorepo, the live specs/.
  const candidates = [path.resolve(here, "../../../specs"), path.join(here, "specs")];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`linekit-mock: no specs folder found (looked in ${candidates.join(", ")})`);
  return found;
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const specsDir = options.specsDir ?? defaultSpecsDir();
  const host = options.host ?? "127.0.0.1";
  const wanted =
    options.areas ??
    readdirSync(specsDir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.slice(0, -5))
      .sort();
  const servers: Array<[string, PrismServer]> = [];
  const closeAll = () => Promise.all(servers.map(([, s]) => s.close())).then(() => undefined);
  try {
    for (const area of wanted) {
      const file = path.join(specsDir, `${area}.yaml`);
      if (!existsSync(file)) throw new Error(`linekit-mock: no spec for area "${area}" at ${file}`);
      const server = await startPrism(file, host);
      if (server) servers.push([area, server]);
      else if (options.areas) throw new Error(`linekit-mock: ${area}.yaml declares no operations to mock`);
    }
    const gateway = await startGateway(
      servers.map(([, s]) => s),
      host,
      options.port ?? 0,
    );
    return {
      url: gateway.url,
      areas: Object.fromEntries(servers.map(([area, s]) => [area, s.url])),
      close: async () => {
        await gateway.close();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
