// Figure 2: verify the signature of a webhook body and parse it, operations per second.
import { createHmac, timingSafeEqual } from "node:crypto";
import { requireExports } from "./linekit.js";
import { pairedComparison, type VariantName } from "./paired.js";
import { interleaveTurns, median } from "./stats.js";
import { PAIRED_HEAD, type Table } from "./table.js";
import { CHANNEL_SECRET, type SignedBody, signedBody } from "./webhook-bodies.js";

type Verify = (input: SignedBody) => unknown;

/** One turn: `count` operations back to back; operations per second of the process's CPU time. */
async function turn(op: Verify, input: SignedBody, count: number): Promise<number> {
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const result = op(input);
    if (result instanceof Promise) await result;
  }
  const cpu = process.cpuUsage(cpu0);
  return (count * 1e6) / Math.max(1, cpu.user + cpu.system);
}

/** Every variant must accept the good signature, reject a bad one, and return all events. */
async function check(name: string, op: Verify): Promise<void> {
  const input = signedBody(3);
  const parsed = (await op(input)) as { events?: unknown[] } | undefined;
  if (parsed?.events?.length !== 3) throw new Error(`${name}: did not return the 3 events`);
  const forged = { ...input, signature: signedBody(4).signature };
  let rejected = false;
  try {
    rejected = (await op(forged)) === undefined;
  } catch {
    rejected = true;
  }
  if (!rejected) throw new Error(`${name}: accepted a wrong signature`);
}

export interface WebhookOptions {
  /** Paired blocks per body size. */
  blocks: number;
  /** Turns per block for each variant. */
  turns: number;
}

export async function webhookFigure(options: WebhookOptions): Promise<Table> {
  const variants: { name: VariantName; op?: Verify; reason?: string }[] = [];
  const secretKey = Buffer.from(CHANNEL_SECRET);
  variants.push({
    name: "raw",
    op: ({ body, signature }) => {
      const expected = createHmac("sha256", secretKey).update(body).digest();
      const given = Buffer.from(signature, "base64");
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      return JSON.parse(body) as unknown;
    },
  });
  const { validateSignature } = await import("@line/bot-sdk");
  variants.push({
    name: "official",
    op: ({ body, signature }) =>
      validateSignature(body, CHANNEL_SECRET, signature) ? (JSON.parse(body) as unknown) : undefined,
  });
  const webhook = await requireExports("@linekit/webhook", ["parseWebhook"]);
  if (webhook.ok) {
    const parseWebhook = webhook.module.parseWebhook as (o: object) => Promise<unknown>;
    variants.push({
      name: "linekit",
      op: ({ body, signature }) => parseWebhook({ channelSecret: CHANNEL_SECRET, body, signature }),
    });
  } else {
    variants.push({ name: "linekit", reason: webhook.reason });
  }
  for (const v of variants) {
    if (!v.op) continue;
    try {
      await check(v.name, v.op);
    } catch (error) {
      v.reason = `failed: ${(error as Error).message}`;
      delete v.op;
    }
  }

  const rows: string[][] = [];
  for (const events of [1, 50]) {
    const input = signedBody(events);
    // About a quarter of a millisecond per turn, whatever the body size.
    const count = events === 1 ? 32 : 2;
    const results = await interleaveTurns(
      variants.filter((v) => v.op).map((v) => ({ name: v.name, turn: () => turn(v.op!, input, count) })),
      options.blocks,
      options.turns,
    );
    const reasons = Object.fromEntries(variants.filter((v) => v.reason).map((v) => [v.name, v.reason]));
    const label = `${events} event${events > 1 ? "s" : ""} (${input.body.length.toLocaleString("en-US")} B): ops per CPU second`;
    rows.push(pairedComparison(label, { results, reasons }, (turns) => median(turns)));
  }
  return {
    title: "2. Webhook verify + parse (valid signature), operations per CPU second",
    head: PAIRED_HEAD,
    rows,
    notes: [
      `${options.blocks} paired blocks (+1 warm-up) of ${options.turns} turns per variant in rotating order; a turn is 32 operations (1 event) or 2 (50 events), timed by process.cpuUsage(); a block's value is the median of its turns. Higher is better. Ratio columns: median [interquartile range] of the ratio within each block; target linekit/raw ≥ 0.95×.`,
      "raw: node:crypto createHmac + timingSafeEqual + JSON.parse. official: validateSignature + JSON.parse. linekit: await parseWebhook({ channelSecret, body, signature }).",
      "Each variant is first checked to accept the right signature, reject a wrong one and return every event.",
    ],
  };
}
