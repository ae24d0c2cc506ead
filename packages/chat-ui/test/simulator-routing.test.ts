// Where the bot's API calls show up, and how a rejected field reads: the server's pure parts.
import { describe, expect, it } from "vitest";
import { plainField, ReplyTokens, rankProblems, toExchange } from "../src/simulator/routing.js";
import { parseSendRequest } from "../src/simulator/send.js";

const user = "U00000000000000000000000000000001";
const other = "U00000000000000000000000000000002";
const group = "C00000000000000000000000000000001";
const text = [{ type: "text", text: "hi" }];
const entry = (operationId: string, body: unknown, status = 200) => ({
  seq: 1,
  time: "2026-12-02T10:00:00.000Z",
  method: "POST",
  path: "/v2/bot/message/x",
  operationId,
  status,
  body,
  violations: [],
});

describe("toExchange", () => {
  const tokens = new ReplyTokens();
  tokens.issue("token-1", { type: "group", groupId: group });
  const friends = () => [user, other];

  it("sends a reply to the chat its token came from, a push to `to`, a multicast and a broadcast to each user", () => {
    expect(
      toExchange(entry("replyMessage", { replyToken: "token-1", messages: text }), tokens, friends).deliveries,
    ).toEqual([{ chat: { type: "group", groupId: group }, messages: text }]);
    expect(toExchange(entry("pushMessage", { to: user, messages: text }), tokens, friends).deliveries).toEqual([
      { chat: { type: "user", userId: user }, messages: text },
    ]);
    const users = [
      { type: "user", userId: user },
      { type: "user", userId: other },
    ].map((chat) => ({ chat, messages: text }));
    expect(toExchange(entry("multicast", { to: [user, other], messages: text }), tokens, friends).deliveries).toEqual(
      users,
    );
    expect(toExchange(entry("broadcast", { messages: text }), tokens, friends).deliveries).toEqual(users);
  });

  it("shows nothing in a chat for a rejected call or an unknown reply token, and keeps the reasons", () => {
    const rejected = toExchange(
      {
        ...entry("pushMessage", { to: user, messages: text }, 400),
        violations: [{ field: "request.body.messages.0.text", reason: "must NOT have more than 5000 characters" }],
      },
      tokens,
      friends,
    );
    expect(rejected.deliveries).toEqual([]);
    expect(rejected.problems).toEqual([
      { field: "messages[0].text", reason: "must NOT have more than 5000 characters", primary: true },
    ]);
    expect(
      toExchange(entry("replyMessage", { replyToken: "unknown", messages: text }), tokens, friends).deliveries,
    ).toEqual([]);
  });

  it("turns showLoadingAnimation into loading dots in the user's chat", () => {
    const exchange = toExchange(entry("showLoadingAnimation", { chatId: user, loadingSeconds: 20 }), tokens, friends);
    expect(exchange.loading).toEqual({ chat: { type: "user", userId: user }, seconds: 20 });
  });
});

describe("rankProblems", () => {
  it("puts the meant member's reasons first as primary, once each, without Prism's repeated field", () => {
    const problems = rankProblems([
      {
        field: "request.body.messages.0",
        reason: "Request body property messages.0 must have required property 'altText'",
      },
      {
        field: "request.body.messages.0.type",
        reason: "Request body property messages.0.type must be equal to one of the allowed values: flex",
      },
      {
        field: "request.body.messages.0.text",
        reason: "Request body property messages.0.text must NOT have fewer than 1 characters",
      },
      {
        field: "request.body.messages.0.text",
        reason: "Request body property messages.0.text must NOT have fewer than 1 characters",
      },
    ]);
    expect(problems).toEqual([
      { field: "messages[0].text", reason: "must NOT have fewer than 1 characters", primary: true },
      { field: "messages[0]", reason: "must have required property 'altText'", primary: false },
      { field: "messages[0].type", reason: "must be equal to one of the allowed values: flex", primary: false },
    ]);
  });
});

describe("plainField", () => {
  it("names a field the way the bot's code does", () => {
    expect(plainField("request.body.messages.0.contents.body.contents.2.size")).toBe(
      "messages[0].contents.body.contents[2].size",
    );
    expect(plainField("request.path.userId")).toBe("path userId");
    expect(plainField("request.body")).toBe("body");
  });
});

describe("parseSendRequest", () => {
  const valid = {
    botUrl: "http://127.0.0.1:3000/webhook",
    chat: { type: "user", userId: user },
    userId: user,
    act: { kind: "text", text: "hi" },
  };
  it("accepts a well-formed request and names what is wrong in a bad one", () => {
    expect(parseSendRequest(valid)).toEqual(valid);
    expect(() => parseSendRequest({ ...valid, botUrl: "ftp://x" })).toThrow(/botUrl: use an http or https URL/);
    expect(() => parseSendRequest({ ...valid, botUrl: "not a url" })).toThrow(/botUrl: "not a url" is not a URL/);
    expect(() => parseSendRequest({ ...valid, act: { kind: "dance" } })).toThrow(/act.kind: one of text, sticker/);
    expect(() => parseSendRequest({ ...valid, act: { kind: "text", text: "" } })).toThrow(/act.text/);
    expect(() => parseSendRequest({ ...valid, chat: { type: "user" } })).toThrow(/chat:/);
    expect(() => parseSendRequest(null)).toThrow(TypeError);
  });
});
