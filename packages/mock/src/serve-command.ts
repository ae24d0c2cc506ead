// `linekit-mock [serve]`: every area's mock behind one port until a signal stops it.
import { parseArgs } from "node:util";
import { startChatSimulator } from "./chat-simulator.js";
import { startMock } from "./start-mock.js";

export const serveUsage = `usage: linekit-mock [serve] [--port 4010] [--host 127.0.0.1] [area ...]

Serves mock LINE APIs from the OpenAPI specs, every area behind one URL (all areas by default).
Requests are validated against the specs; answers follow the specs' examples.
Stops cleanly on Ctrl-C, SIGTERM or SIGHUP.

  --port <n>     port of the one URL (default 4010; 0 picks a free port)
  --host <h>     address to listen on (default 127.0.0.1)
  --ui           also serve the chat simulator page (on the next port; needs @linekit/chat-ui)
  --channel-secret <s>  the bot's channel secret for the page's signed webhooks (default: $LINE_CHANNEL_SECRET)
  -h, --help     this text

areas: spec names under specs/: messaging audience insight token webhook-settings liff shop module`;

export async function runServeCommand(argv: string[], log: (line: string) => void = console.log): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      help: { type: "boolean", short: "h", default: false },
      ui: { type: "boolean", default: false },
      "channel-secret": { type: "string" },
    },
  });
  if (values.help) return log(serveUsage);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port takes 0–65535, not "${values.port}"`);
  const secret = values["channel-secret"] ?? process.env.LINE_CHANNEL_SECRET;
  if (values.ui && !secret)
    throw new Error(
      "--ui signs webhooks with the bot's channel secret: pass --channel-secret or set LINE_CHANNEL_SECRET",
    );
  const mock = await startMock({ port, host: values.host, ...(positionals.length ? { areas: positionals } : {}) });
  const rows = Object.entries(mock.areas).map(([area, url]) => `  ${area.padEnd(18)} ${url}`);
  const ui = values.ui
    ? await startChatSimulator(mock, { channelSecret: secret!, port: port && port + 1, host: values.host, log })
    : undefined;
  log(`linekit-mock: all areas on ${mock.url} (use it as the client's baseUrl)\n${rows.join("\n")}`);
  if (ui) log(`chat simulator: ${ui.url} (open it in a browser)`);
  log("Ctrl-C to stop.");
  stopOnSignal(async () => {
    await ui?.close();
    await mock.close();
  });
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
