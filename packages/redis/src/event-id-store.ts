// Handled webhook event IDs in Redis: a claim is SET NX with an expiry, so of two instances that
// receive the same event (a redelivery), exactly one handles it.
import type { EventIdStore } from "@linekit/webhook";
import { type CommandContext, send } from "./commands.js";

export function createRedisEventIdStore(context: CommandContext, prefix: string, ttlSeconds: number): EventIdStore {
  const keyOf = (id: string) => `${prefix}event:${id}`;
  return {
    async claim(id) {
      const reply = await send(context, "event claim", ["SET", keyOf(id), "1", "NX", "EX", String(ttlSeconds)]);
      return reply === "OK";
    },
    async release(id) {
      await send(context, "event release", ["DEL", keyOf(id)]);
    },
  };
}
