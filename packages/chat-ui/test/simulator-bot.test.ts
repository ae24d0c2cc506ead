// The simulator page with bots answering through the mock: the bot's side appears live from the
// mock's journal, taps reach the bot as LINE would send them, rejected calls are explained.
import type { WebhookEvent } from "@linekit/webhook";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { echoBot } from "../../../examples/shared/echo-bot.js";
import { screenshotPath } from "./browser.js";
import { type Bot, channelSecret, openPage, type Rig, serveBot, startBot, startRig, until } from "./simulator-setup.js";

let rig: Rig;
let echo: Bot;
let bot: Bot;
beforeAll(async () => {
  rig = await startRig();
  echo = await serveBot(
    echoBot({
      LINE_CHANNEL_SECRET: channelSecret,
      LINE_CHANNEL_ACCESS_TOKEN: "echo-token",
      LINE_BASE_URL: rig.mock.url,
    }),
  );
  // A bot with a few commands, recording every event it receives.
  bot = await startBot(async (event, line) => {
    if (event.type !== "message" || event.message.type !== "text" || !event.replyToken) return;
    const replyToken = event.replyToken;
    const reply = (messages: Parameters<typeof line.replyMessage>[0]["messages"]) =>
      line.replyMessage({ replyToken, messages }).catch(() => undefined); // a rejection is the test's subject
    if (event.message.text === "menu") {
      await reply([
        {
          type: "template",
          altText: "Menu",
          template: {
            type: "buttons",
            title: "Menu",
            text: "What would you like?",
            actions: [
              { type: "postback", label: "Buy", data: "action=buy&item=latte", displayText: "I'll buy a latte" },
              {
                type: "datetimepicker",
                label: "Pick a date",
                data: "action=reserve",
                mode: "date",
                initial: "2026-12-24",
              },
              { type: "message", label: "Say hi", text: "hi" },
            ],
          },
          quickReply: { items: [{ type: "action", action: { type: "message", label: "Thanks", text: "thanks" } }] },
        },
      ]);
    }
    if (event.message.text === "wait" && event.source?.type === "user" && event.source.userId) {
      await line.showLoadingAnimation({ chatId: event.source.userId, loadingSeconds: 20 });
    }
    if (event.message.text === "broken") await reply([{ type: "text", text: "" }]);
  }, rig.mock.url);
}, 120_000);
afterAll(async () => {
  await echo?.close();
  await bot?.close();
  await rig?.close();
});

async function say(page: Page, text: string): Promise<void> {
  await page.fill("#text", text);
  await page.click("#send");
}

const textReceived = (text: string) =>
  bot.received.find((e) => e.type === "message" && e.message.type === "text" && e.message.text === text);
const postbacks = () =>
  bot.received.filter((e): e is Extract<WebhookEvent, { type: "postback" }> => e.type === "postback");

describe("chat simulator page: the bot's side", () => {
  it("typing a message shows the example echo bot's answer, and its replyMessage call in the panel", async () => {
    const page = await openPage(rig, echo.url);
    await say(page, "hello echo");
    await page.waitForSelector(".lk-row-bot >> text=hello echo");
    await page.waitForSelector('.sim-exchange[data-operation="replyMessage"] >> text=200');
    await page.close();
  });

  it("tapping quick replies and template buttons sends what LINE sends: text, postback, the picked date as params", async () => {
    const page = await openPage(rig, bot.url);
    await say(page, "menu");
    await page.waitForSelector(".lk-row-bot .lk-template-buttons");

    // The latest message's quick reply buttons sit above the input; a tap sends the item's text.
    await page.click(".lk-quick-reply >> text=Thanks");
    await until(() => textReceived("thanks"), "the quick reply's text");
    await page.waitForSelector(".lk-row-user >> text=thanks");
    expect(await page.$$(".lk-quick-reply")).toHaveLength(0); // gone once the user has answered

    await page.click(".lk-template-button >> text=Buy");
    const buy = await until(() => postbacks()[0], "the postback event");
    expect(buy.postback).toEqual({ data: "action=buy&item=latte" });
    await page.waitForSelector(".lk-row-user >> text=I'll buy a latte");

    await page.click(".lk-template-button >> text=Pick a date");
    await page.waitForSelector("#picker[open]");
    expect(await page.inputValue("#picker-value")).toBe("2026-12-24");
    await page.fill("#picker-value", "2026-12-25");
    await page.click("#picker-ok");
    const reserve = await until(() => postbacks()[1], "the date picker's postback");
    expect(reserve.postback).toEqual({ data: "action=reserve", params: { date: "2026-12-25" } });

    await page.click(".lk-template-button >> text=Say hi");
    await until(() => textReceived("hi"), "the message action's text");
    await page.close();
  });

  it("shows the loading animation in the chat the bot named", async () => {
    const page = await openPage(rig, bot.url);
    await say(page, "wait");
    await page.waitForSelector(".lk-row-bot .lk-loading");
    await page.waitForSelector('.sim-exchange[data-operation="showLoadingAnimation"]');
    await page.close();
  });

  it("shows a rejected request's field and reason in the panel", async () => {
    const page = await openPage(rig, bot.url);
    await page.click("[data-chat^=C]"); // the seeded group: a chat the tests above left empty
    await say(page, "broken");
    const rejected = await page.waitForSelector('.sim-exchange.rejected[data-operation="replyMessage"]');
    expect(await rejected.$eval(".sim-status", (el) => el.textContent)).toBe("400");
    // The reason first, in plain words; how the message also fails as every other message type, folded away.
    const shown = await rejected.$$eval(":scope > .sim-problem", (els) => els.map((el) => el.textContent));
    expect(shown).toEqual(["messages[0].text: must NOT have fewer than 1 characters"]);
    expect(await rejected.$eval("details summary", (el) => el.textContent)).toMatch(/^\d+ more/);
    // Nothing reached the chat: LINE delivers no part of a rejected request.
    await page.waitForSelector(".lk-row-user >> text=broken");
    expect(await page.$$(".lk-row-bot")).toHaveLength(0);
    // The first user's chat holds the conversations above (the page replays the journal): a picture for the README.
    await page.click("[data-chat^=U] >> nth=0");
    await page.waitForSelector(".lk-row-bot .lk-template-buttons");
    await page.screenshot({ path: screenshotPath("simulator") });
    await page.close();
  });
});
