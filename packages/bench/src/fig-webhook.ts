// Figure 2: verify the signature of a webhook body and parse it, operations per second.
import { createHmac, timingSafeEqual } from "node:crypto";
import { requireExports } from "./linekit.js";
import { pairedComparison, type VariantName } from "./paired.js";
import { interleave } from "./stats.js";
import { PAIRED_HEAD, type Table } from "./table.js";
import { CHANNEL_SECRET, type SignedBody, signedBody } from "./webhook-bodies.js";

type Verify = (input: SignedBody) => unknown;

/** Runs `op` back to back for about `budgetMs` and returns operations per second. */
async function opsPerSecond(op: Verify, input: SignedBody, budgetMs: number): Promise<number> {
  let count = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 32; i++) {
      const result = op(input);
      if (result instanceof Promise) await result;
    }
    count += 32;
    elapsed = performance.now() - t0;
  } while (elapsed < budgetMs);
  return (count * 1000) / elapsed;
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

export async function webhookFigure(options: { rounds: number; budgetMs: number }): Promise<Table> {
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
    const results = await interleave(
      variants
        .filter((v) => v.op)
        .map((v) => ({ name: v.name, run: () => opsPerSecond(v.op!, input, options.budgetMs) })),
      options.rounds,
      1,
      { rotate: true },
    );
    const reasons = Object.fromEntries(variants.filter((v) => v.reason).map((v) => [v.name, v.reason]));
    const label = `${events} event${events > 1 ? "s" : ""} (${input.body.length.toLocaleString("en-US")} B): ops/s`;
    rows.push(pairedComparison(label, { results, reasons }, (opsPerS) => opsPerS));
  }
  return {
    title: "2. Webhook verify + parse (valid signature), operations/s",
    head: PAIRED_HEAD,
    rows,
    notes: [
      `${options.rounds} interleaved rounds (+1 warm-up, order rotating) of ~${options.budgetMs} ms each; higher is better. Ratio columns: median [interquartile range] of the ratio within each round; target linekit/raw ≥ 0.95×.`,
      "raw: node:crypto createHmac + timingSafeEqual + JSON.parse. official: validateSignature + JSON.parse. linekit: await parseWebhook({ channelSecret, body, signature }).",
      "Each variant is first checked to accept the right signature, reject a wrong one and return every event.",
    ],
  };
}
