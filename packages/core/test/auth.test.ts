import { describe, expect, it } from "vitest";
import { basicAuthorization } from "../src/auth.js";
import { type ClientOptions, createAreaClient } from "../src/index.js";
import { fakeFetch, json, type operations, type paths, table } from "./fixture.js";

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);

describe("auth schemes", () => {
  it("basic: UTF-8 bytes, base64, as RFC 7617 recommends", () => {
    expect(basicAuthorization({ channelId: "123", channelSecret: "sécret" }, "op")).toBe(
      `Basic ${Buffer.from("123:sécret", "utf8").toString("base64")}`,
    );
  });

  it("none: an operation without security sends neither the token nor the channel credentials", async () => {
    const { fetch, requests } = fakeFetch(() => json({ access_token: "new" }));
    const line = make({
      channelAccessToken: "tok",
      channelCredentials: { channelId: "123", channelSecret: "secret" },
      botId: "U0",
      fetch,
    });
    await line.issueToken({ grant_type: "client_credentials", client_id: "123" });
    expect(requests[0]!.headers.get("authorization")).toBeNull();
    expect(requests[0]!.headers.get("x-line-bot-id")).toBeNull();
  });

  it("bearer: X-Line-Bot-Id from the client, overridden per call", async () => {
    const { fetch, requests } = fakeFetch(() => json({ displayName: "Brown" }));
    const line = make({ channelAccessToken: "tok", botId: "Ubot1", fetch });
    await line.getProfile({ userId: "U1" });
    await line.getProfile({ userId: "U1" }, { botId: "Ubot2" });
    expect(requests.map((r) => r.headers.get("x-line-bot-id"))).toEqual(["Ubot1", "Ubot2"]);
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer tok");
  });
});
