// The simulator page in Chromium, acting as the user: what it sends to a bot, signed like LINE.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotPath } from "./browser.js";
import { type Bot, openPage, type Rig, serveBot, startBot, startRig, until } from "./simulator-setup.js";

let rig: Rig;
let bot: Bot;
beforeAll(async () => {
  rig = await startRig();
  bot = await startBot(() => undefined, rig.mock.url);
}, 120_000);
afterAll(async () => {
  await bot?.close();
  await rig?.close();
});

describe("chat simulator page: the user's side", () => {
  it("typing a message sends a signed text event from the chosen user; a group sends its ID and the speaker", async () => {
    const page = await openPage(rig, bot.url);
    const session = await page.evaluate(() => fetch("api/session").then((r) => r.json()));
    const [first, second] = session.users;

    await page.fill("#text", "hello from the page");
    await page.click("#send");
    const text = await until(() => bot.received.find((e) => e.type === "message"), "the text event");
    // The bot's handler verified the signature with the channel secret, or it would not have the event.
    expect(text).toMatchObject({
      type: "message",
      message: { type: "text", text: "hello from the page" },
      source: { type: "user", userId: first.userId },
    });
    await page.waitForSelector(".lk-row-user >> text=hello from the page");

    await page.click(`[data-chat="${session.groups[0].chatId}"]`);
    await page.selectOption("#speaker", second.userId);
    await page.click('[data-act="sticker"]');
    const sticker = await until(
      () => bot.received.find((e) => e.type === "message" && e.message.type === "sticker"),
      "the sticker event",
    );
    expect(sticker.source).toEqual({ type: "group", groupId: session.groups[0].chatId, userId: second.userId });
    await page.waitForSelector(".lk-row-user .lk-sticker");
    expect(await page.textContent("#delivery")).toBe("");
    await page.screenshot({ path: screenshotPath("simulator-user-side"), fullPage: true });
    await page.close();
  });

  it("follow, unfollow, image and location become the events LINE sends", async () => {
    bot.received.length = 0;
    const page = await openPage(rig, bot.url);
    for (const act of ["follow", "image", "location", "unfollow"]) {
      await page.click(`[data-act="${act}"]`);
      await until(
        () => bot.received.length === ["follow", "image", "location", "unfollow"].indexOf(act) + 1 || undefined,
        `the ${act} event`,
      );
    }
    expect(bot.received.map((e) => (e.type === "message" ? e.message.type : e.type))).toEqual([
      "follow",
      "image",
      "location",
      "unfollow",
    ]);
    await page.waitForSelector(".sim-system >> text=blocked the bot");
    await page.close();
  });

  it("says in plain words when the bot cannot be reached, refuses the signature, or the URL is not one", async () => {
    const closed = await closedPortUrl();
    const page = await openPage(rig, closed);
    await page.fill("#text", "anyone there?");
    await page.click("#send");
    await page.waitForSelector("#delivery >> text=Not delivered");
    expect(await page.textContent("#delivery")).toBe(
      `Not delivered: could not reach the bot at ${closed} (ECONNREFUSED)`,
    );

    const otherSecret = await serveBot({ channelSecret: "another-channel", onEvent: () => undefined });
    await page.fill("#bot-url", otherSecret.url);
    await page.fill("#text", "wrong channel");
    await page.click("#send");
    await page.waitForSelector("#delivery >> text=Not delivered: the bot answered 401");
    await otherSecret.close();

    await page.fill("#bot-url", "not a url");
    await page.fill("#text", "again");
    await page.click("#send");
    await page.waitForSelector('#delivery >> text=Not sent: botUrl: "not a url" is not a URL');
    await page.close();
  });
});

/** A webhook URL on a port nobody listens on (taken from the OS, then given back). */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/webhook`;
}
