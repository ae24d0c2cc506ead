// Sending: reply, push, multicast, broadcast and narrowcast, with sent message IDs and quote
// tokens, the quota they consume, the day's delivery counts and narrowcast progress.
import { type Exchange, type Handlers, lineError, notFound, ok } from "./handler.js";
import { jstDate, type LineState } from "./line-state.js";
import { narrowcastTargets, type Recipient } from "./recipients.js";

interface SendBody {
  to?: string | string[];
  replyToken?: string;
  messages: Array<Record<string, unknown>>;
}

const bodyOf = (exchange: Exchange) => exchange.body as SendBody;
const sentMessages = (records: Array<{ id: string; quoteToken?: string }>) =>
  records.map(({ id, quoteToken }) => (quoteToken ? { id, quoteToken } : { id }));

/** Whether the quota leaves room for `count` more messages (LINE answers 429 when it does not). */
function overQuota(state: LineState, count: number) {
  const limit = state.seed.monthlyQuota;
  return limit !== undefined && state.quotaUsed + count > limit
    ? lineError(429, "You have reached your monthly limit.")
    : undefined;
}

/** Accepts the request's messages for `to`, or refuses them when `counted` would pass the quota. */
function sendCounted(state: LineState, exchange: Exchange, via: string, to: string[], counted: number) {
  return overQuota(state, counted) ?? state.accept(via, to, bodyOf(exchange).messages, exchange.requestId, counted);
}

function sendCount(state: LineState, operationId: string, exchange: Exchange) {
  const date = exchange.query.get("date") ?? "";
  const success = state.deliveries.get(`${operationId} ${date}`) ?? 0;
  // Days after today are not aggregated yet.
  return ok(date > jstDate(new Date()) ? { status: "unready" } : { status: "ready", success });
}

export const messageHandlers: Handlers = {
  replyMessage: (state, exchange) => {
    const { replyToken = "", messages } = bodyOf(exchange);
    // A reply token works once.
    if (state.usedReplyTokens.has(replyToken)) return lineError(400, "Invalid reply token");
    state.usedReplyTokens.add(replyToken);
    const chat = state.replyTokenChats.get(replyToken);
    const recipients = chat ? state.recipientsOf(chat).length : 1;
    const records = state.accept("replyMessage", chat ? [chat] : [], messages, exchange.requestId, recipients);
    return ok({ sentMessages: sentMessages(records) });
  },
  pushMessage: (state, exchange) => {
    const to = String(bodyOf(exchange).to ?? "");
    const sent = sendCounted(state, exchange, "pushMessage", [to], state.recipientsOf(to).length);
    return Array.isArray(sent) ? ok({ sentMessages: sentMessages(sent) }) : sent;
  },
  multicast: (state, exchange) => {
    const users = [...new Set(bodyOf(exchange).to as string[])];
    const sent = sendCounted(state, exchange, "multicast", users, users.length);
    return Array.isArray(sent) ? ok() : sent;
  },
  broadcast: (state, exchange) => {
    const followers = state.followers();
    const sent = sendCounted(state, exchange, "broadcast", followers, followers.length);
    return Array.isArray(sent) ? ok() : sent;
  },
  narrowcast: (state, exchange) => {
    // The recipient (audiences, redelivery, and/or/not) is evaluated; demographic filters are not.
    const targets = narrowcastTargets(state, (exchange.body as { recipient?: Recipient }).recipient);
    const sent = sendCounted(state, exchange, "narrowcast", targets, targets.length);
    if (!Array.isArray(sent)) return sent;
    const acceptedTime = new Date().toISOString();
    state.narrowcasts.set(exchange.requestId, {
      requestId: exchange.requestId,
      acceptedTime,
      targetCount: targets.length,
      checks: 0,
    });
    return { status: 202, json: {} };
  },
  getNarrowcastProgress: (state, exchange) => {
    const job = state.narrowcasts.get(exchange.query.get("requestId") ?? "");
    if (!job) return notFound();
    job.checks++;
    if (job.checks === 1) return ok({ phase: "waiting", acceptedTime: job.acceptedTime });
    return ok({
      phase: "succeeded",
      successCount: job.targetCount,
      failureCount: 0,
      targetCount: job.targetCount,
      acceptedTime: job.acceptedTime,
      completedTime: new Date().toISOString(),
    });
  },

  getMessageQuota: (state) =>
    ok(state.seed.monthlyQuota === undefined ? { type: "none" } : { type: "limited", value: state.seed.monthlyQuota }),
  getMessageQuotaConsumption: (state) => ok({ totalUsage: state.quotaUsed }),
  getNumberOfSentReplyMessages: (state, exchange) => sendCount(state, "replyMessage", exchange),
  getNumberOfSentPushMessages: (state, exchange) => sendCount(state, "pushMessage", exchange),
  getNumberOfSentMulticastMessages: (state, exchange) => sendCount(state, "multicast", exchange),
  getNumberOfSentBroadcastMessages: (state, exchange) => sendCount(state, "broadcast", exchange),
};
