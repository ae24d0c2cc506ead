// `linekit-mock [serve]`: every area's mock behind one port until a signal stops it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startChatSimulator } from "./chat-simulator.js";
import { formatEntry } from "./journal.js";
import { type RunningMock, startMock } from "./start-mock.js";
import type { Seed } from "./state/seed.js";
import { warmUpSending } from "./warm-up.js";

export const serveUsage = `usage: linekit-mock [serve] [options] [area ...]

Serves mock LINE APIs from the OpenAPI specs, every area behind one URL (all areas by default).
Prism validates every request against the specs; an in-memory LINE answers (webhook endpoint,
followers and profiles, groups, sent messages with retry keys, quota, content, rich menus,
audiences, coupons, LIFF apps), and its answers are checked against the specs too.
Prints one line per exchange. Stops on Ctrl-C, SIGTERM or SIGHUP.

  --port <n>            port of the one URL (default 4010; 0 picks a free port)
  --host <h>            address to listen on (default 127.0.0.1)
  --seed <file.json>    users, friends, chats, webhook and quota to start with
                        (default: the built-in seed)
  --drop-accepted <n>   accept the next n requests, then drop the connection instead of answering
  --stateless           no in-memory LINE: every answer is the spec's example
  --ui                  also serve the chat simulator page (on the next port;
                        needs @linekit/chat-ui)
  --channel-secret <s>  the bot's channel secret for the page's signed webhooks
                        (default: $LINE_CHANNEL_SECRET)
  --quiet               no line per exchange
  -h, --help            this text

The mock's own endpoints (journal, state, reset, faults) are under /__linekit/ (see the README).

areas: spec names under specs/: messaging audience insight token webhook-settings liff shop module`;

export async function runServeCommand(argv: string[], log: (line: string) => void = console.log): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string" },
      "drop-accepted": { type: "string" },
      stateless: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      ui: { type: "boolean", default: false },
      "channel-secret": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
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
  const drops = values["drop-accepted"] === undefined ? 0 : Number(values["drop-accepted"]);
  if (!Number.isInteger(drops) || drops < 0)
    throw new Error(`--drop-accepted takes a count, not "${values["drop-accepted"]}"`);
  const mock = await startMock({
    port,
    host: values.host,
    stateless: values.stateless,
    ...(values.seed ? { seed: JSON.parse(readFileSync(values.seed, "utf8")) as Seed } : {}),
    ...(positionals.length ? { areas: positionals } : {}),
  });
  if (drops) mock.faults.dropAcceptedAnswers(drops);
  if (!values.quiet) mock.journal.subscribe((entry) => log(formatEntry(entry)));
  const rows = Object.entries(mock.areas).map(([area, url]) => `  ${area.padEnd(18)} ${url}`);
  const mode = values.stateless ? "stateless: spec examples only" : "in-memory LINE, seeded";
  log(`linekit-mock: all areas on ${mock.url} (use it as the client's baseUrl; ${mode})\n${rows.join("\n")}`);
  const ui = values.ui
    ? await startChatSimulator(mock, { channelSecret: secret!, port: port && port + 1, host: values.host, log })
    : undefined;
  log(`journal: ${mock.url}/__linekit/journal (live: /__linekit/journal/stream)`);
  if (ui) log(`chat simulator: ${ui.url} (open it in a browser)`);
  log("Ctrl-C to stop.");
  warmInBackground(mock, log);
  stopOnSignal(async () => {
    await ui?.close();
    await mock.close();
  });
}

/**
 * A bot's first reply would wait seconds while Prism compiles the message schemas (longer than a
 * client's timeout on a busy machine): compile them now, while the developer starts the bot.
 */
function warmInBackground(mock: RunningMock, log: (line: string) => void): void {
  if (!mock.areas.messaging) return;
  const started = performance.now();
  void warmUpSending(mock).then((warmed) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (warmed) log(`linekit-mock: reply and push are ready (their validators compiled in ${seconds} s)`);
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
