// `linekit-mock [serve]`: every area's mock behind one port until a signal stops it.
import { parseArgs } from "node:util";
import { startMock } from "./start-mock.js";

export const serveUsage = `usage: linekit-mock [serve] [--port 4010] [--host 127.0.0.1] [area ...]

Serves mock LINE APIs from the OpenAPI specs, every area behind one URL (all areas by default).
Requests are validated against the specs; answers follow the specs' examples.
Stops cleanly on Ctrl-C, SIGTERM or SIGHUP.

  --port <n>     port of the one URL (default 4010; 0 picks a free port)
  --host <h>     address to listen on (default 127.0.0.1)
  -h, --help     this text

areas: spec names under specs/, e.g. messaging token webhook-settings audience insight`;

export async function runServeCommand(argv: string[], log: (line: string) => void = console.log): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return log(serveUsage);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port takes 0–65535, not "${values.port}"`);
  const mock = await startMock({ port, host: values.host, ...(positionals.length ? { areas: positionals } : {}) });
  const rows = Object.entries(mock.areas).map(([area, url]) => `  ${area.padEnd(18)} ${url}`);
  log(`linekit-mock: all areas on ${mock.url} (use it as the client's baseUrl)\n${rows.join("\n")}\nCtrl-C to stop.`);
  stopOnSignal(() => mock.close());
}

/** Closes the servers on the first of SIGINT, SIGTERM or SIGHUP (terminal closed), then exits. */
function stopOnSignal(close: () => Promise<void>): void {
  const stop = (signal: NodeJS.Signals) => {
    for (const name of signals) process.removeListener(name, stop);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`linekit-mock: stopping on ${signal} failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const name of signals) process.once(name, stop);
}
