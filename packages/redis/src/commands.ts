// Every Redis command this package sends goes through here: a bounded wait, Lua scripts by hash,
// and any failure turned into SharedStateError. The client's own error is not kept as the cause:
// some clients attach the command's arguments to it, and those can hold a channel access token.
import { createHash } from "node:crypto";
import { SharedStateError } from "./errors.js";

/** What this package needs of a client: node-redis (`redis`, `@redis/client`) has it as it is. */
export interface RedisCommands {
  sendCommand(args: string[], options?: { timeout?: number }): Promise<unknown>;
}

export interface CommandContext {
  client: RedisCommands;
  /** Longest wait for one command (default 2000 ms); then the operation fails with SharedStateError. */
  timeoutMs: number;
}

export async function send(context: CommandContext, operation: string, args: string[]): Promise<unknown> {
  try {
    return await context.client.sendCommand(args, { timeout: context.timeoutMs });
  } catch (error) {
    throw new SharedStateError(operation, reasonOf(error));
  }
}

/** A Lua script run by its SHA1 (EVALSHA), loaded once per server when it does not know it yet. */
export function script(source: string) {
  const sha = createHash("sha1").update(source).digest("hex");
  return async (context: CommandContext, operation: string, keys: string[], args: string[]): Promise<unknown> => {
    const tail = [String(keys.length), ...keys, ...args];
    try {
      return await context.client.sendCommand(["EVALSHA", sha, ...tail], { timeout: context.timeoutMs });
    } catch (error) {
      if (!reasonOf(error).startsWith("NOSCRIPT")) throw new SharedStateError(operation, reasonOf(error));
    }
    return send(context, operation, ["EVAL", source, ...tail]);
  };
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.slice(0, 200) || (error instanceof Error ? error.name : "unknown error");
}
