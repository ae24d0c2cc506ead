#!/usr/bin/env node
// linekit-mock: local mock LINE servers and a signed webhook sender. One module per subcommand.
import { runSendCommand } from "./send-command.js";
import { runServeCommand, serveUsage } from "./serve-command.js";

const usage = `usage: linekit-mock <command> [options]

commands:
  serve (default)   serve mock LINE APIs behind one URL         linekit-mock serve --help
  send              sign and POST one webhook event to a bot     linekit-mock send --help

${serveUsage}`;

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  serve: runServeCommand,
  send: runSendCommand,
};

async function main(argv: string[]): Promise<void> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") return void console.log(usage);
  const command = first && Object.hasOwn(commands, first) ? commands[first] : undefined;
  await (command ? command(rest) : runServeCommand(argv));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`linekit-mock: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
