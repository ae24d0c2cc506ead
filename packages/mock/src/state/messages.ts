// Sending: reply, push, multicast, broadcast and narrowcast, with sent message IDs and quote
// tokens, the quota they consume, the day's delivery counts and narrowcast progress.
import { type Exchange, type Handlers, lineError, notFound, ok } from "./handler.js";
import { jstDate, type LineState } from "./line-state.js";

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
    const { to = "", messages } = bodyOf(exchange);
    const recipients = state.recipientsOf(String(to)).length;
    const refused = overQuota(state, recipients);
    if (refused) return refused;
    const records = state.accept("pushMessage", [String(to)], messages, exchange.requestId, recipients);
    return ok({ sentMessages: sentMessages(records) });
  },
  multicast: (state, exchange) => {
    const { to = [], messages } = bodyOf(exchange);
    const users = [...new Set(to as string[])];
    const refused = overQuota(state, users.length);
    if (refused) return refused;
    state.accept("multicast", users, messages, exchange.requestId, users.length);
    return ok();
  },
  broadcast: (state, exchange) => {
    const followers = state.followers();
    const refused = overQuota(state, followers.length);
    if (refused) return refused;
    state.accept("broadcast", followers, bodyOf(exchange).messages, exchange.requestId, followers.length);
    return ok();
  },
  narrowcast: (state, exchange) => {
    // Audience and demographic filters are not evaluated: every friend is a target.
    const followers = state.followers();
    const refused = overQuota(state, followers.length);
    if (refused) return refused;
    state.accept("narrowcast", followers, bodyOf(exchange).messages, exchange.requestId, followers.length);
    const acceptedTime = new Date().toISOString();
    state.narrowcasts.set(exchange.requestId, {
      requestId: exchange.requestId,
      acceptedTime,
      targetCount: followers.length,
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
