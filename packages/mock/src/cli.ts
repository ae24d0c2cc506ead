#!/usr/bin/env node
// linekit-mock: local mock LINE servers. `linekit-mock [serve] [--port N] [--host H] [area…]`.
import { parseArgs } from "node:util";
import { runSendCommand, sendUsage } from "./send-webhook.js"; // send: webhook sender (issue 6)
import { startMock } from "./start-mock.js";

const usage = `usage:
  linekit-mock [serve] [--port 4010] [--host 127.0.0.1] [area ...]   serve mock LINE APIs (all areas by default)
  ${sendUsage}
      sign and POST one webhook event to a bot, print its answer (kinds: message, text, image, follow, postback, ...)`;

async function serve(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: "string", default: "4010" }, host: { type: "string", default: "127.0.0.1" } },
  });
  const mock = await startMock({
    port: Number(values.port),
    host: values.host,
    ...(positionals.length ? { areas: positionals } : {}),
  });
  const rows = Object.entries(mock.areas).map(([area, url]) => `  ${area.padEnd(18)} ${url}`);
  console.log(
    `linekit-mock: all areas on ${mock.url} (use it as the client's baseUrl)\n${rows.join("\n")}\nCtrl-C to stop.`,
  );
  const stop = () => {
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  serve,
  // ── other subcommands register here ──
  // send (issue 6): build one webhook event, sign it with the channel secret, POST it to a bot.
  send: (argv) => runSendCommand(argv),
};

async function main(argv: string[]): Promise<void> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h") return void console.log(usage);
  const command = first && commands[first];
  await (command ? command(rest) : serve(argv));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`linekit-mock: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
