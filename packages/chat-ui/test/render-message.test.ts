// Markup-level checks that need no browser: every type renders, text is escaped, placeholders
// and actions come out as documented. Layout is checked in Chromium (flex-layout.test.ts).
import { describe, expect, it } from "vitest";
import { type Message, readAction, renderMessage, renderPreview, renderQuickReply } from "../src/index.js";
import { allMessageTypes } from "./examples.js";

const actionsIn = (html: string) =>
  [...html.matchAll(/data-action="([^"]*)"/g)].map((m) =>
    JSON.parse(m[1]!.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#39;", "'")),
  );

describe("renderMessage", () => {
  it("renders every message type of the spec without an unsupported placeholder", () => {
    const types = new Set(allMessageTypes.map((m) => m.type));
    expect([...types].sort()).toEqual(
      [
        "audio",
        "coupon",
        "flex",
        "image",
        "imagemap",
        "location",
        "sticker",
        "template",
        "text",
        "textV2",
        "video",
      ].sort(),
    );
    for (const message of allMessageTypes) {
      const html = renderMessage(message);
      expect(html, message.type).toContain(`lk-message-${message.type}`);
      expect(html, message.type).not.toContain("lk-unsupported");
    }
  });

  it("escapes text so a message cannot inject markup", () => {
    const html = renderMessage({ type: "text", text: `<img src=x onerror="alert(1)"> & 'quoted'` });
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;");
    expect(html).not.toContain("<img");
  });

  it("drops colours and URLs that are not what the spec allows instead of passing them to CSS", () => {
    const hostile = {
      type: "flex",
      altText: "x",
      contents: {
        type: "bubble",
        body: {
          type: "box",
          layout: "vertical",
          backgroundColor: "red;background-image:url(https://evil.example)",
          contents: [{ type: "image", url: "javascript:alert(1)" }],
        },
      },
    } as unknown as Message;
    const html = renderMessage(hostile);
    expect(html).not.toContain("evil.example");
    expect(html).not.toContain("javascript:alert");
  });

  it("puts LINE emoji on the `$` at their index and fills textV2 placeholders", () => {
    const [text, textV2] = allMessageTypes;
    expect(renderMessage(text!)).toMatch(
      /Hello <span class="lk-emoji" title="LINE emoji 5ac1bfd5040ab15980c9b435\/001">001<\/span> world/,
    );
    const v2 = renderMessage(textV2!, { userName: (id) => (id.startsWith("U4af") ? "Brown" : undefined) });
    expect(v2).toContain(
      'Welcome <span class="lk-mention" data-user-id="U4af4980629a2b3c4d5e6f7a8b9c0d1e2">@Brown</span>! {literal} <span class="lk-emoji"',
    );
  });

  it("marks every tappable part with its action, readable back as the original object", () => {
    const buttons = allMessageTypes.find((m) => m.type === "template")!;
    const actions = actionsIn(renderMessage(buttons));
    expect(actions.map((a) => a.type)).toEqual(["postback", "datetimepicker", "message", "uri"]);
    expect(actions[0]).toEqual({ type: "postback", label: "Buy", data: "action=buy&itemid=123" });
    const element = { getAttribute: () => JSON.stringify(actions[1]) };
    expect(readAction(element)).toEqual(actions[1]);
  });

  it("names a message type it does not know instead of failing", () => {
    const html = renderMessage({ type: "hologram" } as unknown as Message);
    expect(html).toContain("unsupported message type: hologram");
  });

  it("renders quick replies with their actions, and a preview document with the last message's", () => {
    const last = allMessageTypes.at(-1)!;
    const quick = renderQuickReply("quickReply" in last ? last.quickReply : undefined);
    expect(actionsIn(quick)).toEqual([
      { type: "message", label: "Menu", text: "menu" },
      { type: "location", label: "Send location" },
    ]);
    const doc = renderPreview([last], { loading: true });
    expect(doc).toMatch(/^<!doctype html>/);
    expect(doc).toContain('class="lk-quick-replies"');
    expect(doc).toContain('class="lk-loading"');
  });
});
