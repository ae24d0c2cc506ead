// Flex layout as Chromium computes it: sizes and positions of real boxes, not just markup.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Message, renderPreview } from "../src/index.js";
import { openBrowser, pageWith, screenshotPath } from "./browser.js";
import { allMessageTypes } from "./examples.js";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

const flex = (body: object, extra: object = {}): Message =>
  ({ type: "flex", altText: "test", contents: { type: "bubble", size: "mega", body, ...extra } }) as Message;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const rectOf = (page: Page, selector: string): Promise<Rect[]> =>
  page.$$eval(selector, (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
const computed = (page: Page, selector: string, properties: string[]) =>
  page.$$eval(
    selector,
    (els, props) =>
      els.map((el) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]))),
    properties,
  );

describe("flex layout in Chromium", () => {
  it("a horizontal box puts children side by side by their flex ratios, with spacing and margin between", async () => {
    const page = await pageWith(
      browser,
      renderPreview([
        flex({
          type: "box",
          layout: "horizontal",
          spacing: "md",
          paddingAll: "10px",
          contents: [
            { type: "text", text: "one", flex: 1 },
            { type: "text", text: "two", flex: 2 },
            { type: "text", text: "three", flex: 3, margin: "xl" },
          ],
        }),
      ]),
    );
    const [box] = await rectOf(page, ".lk-block-body > .lk-box");
    const [a, b, c] = await rectOf(page, ".lk-block-body > .lk-box > .lk-text");
    // side by side: same top, left to right
    expect(a!.y).toBeCloseTo(b!.y, 0);
    expect(b!.y).toBeCloseTo(c!.y, 0);
    // spacing md (8px) before the second, the third's own margin xl (16px) instead of spacing
    expect(b!.x - (a!.x + a!.width)).toBeCloseTo(8, 0);
    expect(c!.x - (b!.x + b!.width)).toBeCloseTo(16, 0);
    // the rest is shared 1:2:3
    expect(b!.width / a!.width).toBeCloseTo(2, 1);
    expect(c!.width / a!.width).toBeCloseTo(3, 1);
    // paddingAll 10px on a mega bubble (300px)
    expect(box!.width).toBeCloseTo(300, 0);
    expect(a!.x - box!.x).toBeCloseTo(10, 0);
    expect(a!.width + b!.width + c!.width + 8 + 16).toBeCloseTo(300 - 20, 0);
    await page.screenshot({ path: screenshotPath("flex-horizontal-ratios"), fullPage: true });
    await page.close();
  });

  it("a vertical box stacks children with spacing, and flex 0 keeps a component's own size in a row", async () => {
    const page = await pageWith(
      browser,
      renderPreview([
        flex({
          type: "box",
          layout: "vertical",
          spacing: "lg",
          contents: [
            { type: "text", text: "top" },
            { type: "text", text: "middle", margin: "none" },
            {
              type: "box",
              layout: "horizontal",
              contents: [
                { type: "text", text: "fixed", flex: 0 },
                { type: "text", text: "rest" },
              ],
            },
          ],
        }),
      ]),
    );
    const [top, middle] = await rectOf(page, ".lk-block-body > .lk-box > .lk-text");
    const [row] = await rectOf(page, ".lk-block-body > .lk-box > .lk-box");
    // margin none overrides spacing: no gap; spacing lg (12px) before the row
    expect(middle!.y - (top!.y + top!.height)).toBeCloseTo(0, 0);
    expect(row!.y - (middle!.y + middle!.height)).toBeCloseTo(12, 0);
    const [fixed, rest] = await rectOf(page, ".lk-block-body > .lk-box > .lk-box > .lk-text");
    const natural = await page.$eval(".lk-block-body > .lk-box > .lk-box > .lk-text", (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().width;
    });
    expect(fixed!.width).toBeCloseTo(natural, 0);
    expect(fixed!.width + rest!.width).toBeCloseTo(row!.width, 0);
    await page.close();
  });

  it("text size, weight, colour, style and decoration become computed styles; spans keep their own", async () => {
    const page = await pageWith(
      browser,
      renderPreview([
        flex({
          type: "box",
          layout: "vertical",
          contents: [
            {
              type: "text",
              text: "big",
              size: "xl",
              weight: "bold",
              color: "#ff0000",
              style: "italic",
              decoration: "underline",
            },
            { type: "text", text: "px", size: "13px", align: "end" },
            {
              type: "text",
              text: "x",
              contents: [{ type: "span", text: "span", size: "xxs", color: "#00ff00", weight: "bold" }],
            },
          ],
        }),
      ]),
    );
    const [big, pixels] = await computed(page, ".lk-text", [
      "font-size",
      "font-weight",
      "color",
      "font-style",
      "text-decoration-line",
      "text-align",
    ]);
    expect(big).toMatchObject({
      "font-size": "22px",
      "font-weight": "700",
      color: "rgb(255, 0, 0)",
      "font-style": "italic",
      "text-decoration-line": "underline",
    });
    expect(pixels).toMatchObject({ "font-size": "13px", "font-weight": "400", "text-align": "end" });
    const [span] = await computed(page, ".lk-span", ["font-size", "color", "font-weight"]);
    expect(span).toEqual({ "font-size": "11px", color: "rgb(0, 255, 0)", "font-weight": "700" });
    await page.close();
  });

  it("sizes bubbles, images by aspect ratio, buttons by height; draws separators, borders, corners and gradients", async () => {
    const page = await pageWith(
      browser,
      renderPreview([
        flex(
          {
            type: "box",
            layout: "vertical",
            cornerRadius: "md",
            borderWidth: "medium",
            borderColor: "#0000ff",
            background: { type: "linearGradient", angle: "90deg", startColor: "#ff0000", endColor: "#0000ff" },
            contents: [
              { type: "image", url: "https://example.com/a.png", size: "sm", aspectRatio: "2:1", align: "start" },
              { type: "separator", color: "#ff00ff", margin: "md" },
              { type: "button", style: "primary", height: "sm", action: { type: "message", label: "Go", text: "go" } },
              {
                type: "button",
                style: "secondary",
                color: "#123456",
                action: { type: "message", label: "Also", text: "also" },
              },
            ],
          },
          {
            size: "kilo",
            hero: { type: "image", url: "https://example.com/hero.png", size: "full", aspectRatio: "20:13" },
          },
        ),
      ]),
    );
    const [bubble] = await rectOf(page, ".lk-bubble");
    expect(bubble!.width).toBe(260);
    const [hero] = await rectOf(page, ".lk-block-hero .lk-image-frame");
    expect(hero!.width).toBeCloseTo(260, 0);
    expect(hero!.height).toBeCloseTo((260 * 13) / 20, 0);
    const [box] = await rectOf(page, ".lk-block-body > .lk-box");
    const [frame] = await rectOf(page, ".lk-block-body .lk-image-frame");
    expect(frame).toMatchObject({ width: 80, height: 40 });
    expect(frame!.x - box!.x).toBeCloseTo(20 + 2, 0); // block padding 20px + border 2px, aligned to the start
    const [line] = await computed(page, ".lk-separator", ["border-top-width", "border-top-color"]);
    expect(line).toEqual({ "border-top-width": "1px", "border-top-color": "rgb(255, 0, 255)" });
    const buttons = await rectOf(page, ".lk-button");
    expect(buttons.map((b) => b.height)).toEqual([40, 52]);
    const [primary, secondary] = await computed(page, ".lk-button", ["background-color", "color"]);
    expect(primary!.color).toBe("rgb(255, 255, 255)");
    expect(secondary!["background-color"]).toBe("rgb(18, 52, 86)");
    const [boxStyle] = await computed(page, ".lk-block-body > .lk-box", [
      "border-top-width",
      "border-top-color",
      "border-top-left-radius",
      "background-image",
    ]);
    expect(boxStyle).toEqual({
      "border-top-width": "2px",
      "border-top-color": "rgb(0, 0, 255)",
      "border-top-left-radius": "8px",
      "background-image": "linear-gradient(90deg, rgb(255, 0, 0), rgb(0, 0, 255))",
    });
    await page.screenshot({ path: screenshotPath("flex-components"), fullPage: true });
    await page.close();
  });

  it("lays a carousel's bubbles side by side with equal heights", async () => {
    const bubble = (lines: number) => ({
      type: "bubble" as const,
      size: "micro" as const,
      body: {
        type: "box" as const,
        layout: "vertical" as const,
        contents: Array.from({ length: lines }, (_, i) => ({ type: "text" as const, text: `line ${i}` })),
      },
    });
    const page = await pageWith(
      browser,
      renderPreview([{ type: "flex", altText: "c", contents: { type: "carousel", contents: [bubble(1), bubble(4)] } }]),
      600,
    );
    const [first, second] = await rectOf(page, ".lk-bubble");
    expect(first!.y).toBeCloseTo(second!.y, 0);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width);
    expect(first!.height).toBeCloseTo(second!.height, 0);
    expect(first!.width).toBe(160);
    await page.close();
  });

  it("shows every message type in one chat (screenshot for review), media as labelled placeholders offline", async () => {
    const page = await pageWith(browser, renderPreview(allMessageTypes, { loading: true }), 480);
    const labels = await page.$$eval(".lk-media-label", (els) => els.map((el) => el.textContent));
    expect(labels).toContain("image: cat-preview.jpg");
    expect(labels).toContain("imagemap: 1040");
    const messages = await rectOf(page, ".lk-message > :last-child");
    expect(messages).toHaveLength(allMessageTypes.length);
    // one below the other, none drawn over another
    for (let i = 1; i < messages.length; i++) {
      expect(messages[i]!.y, `message ${i}`).toBeGreaterThanOrEqual(messages[i - 1]!.y + messages[i - 1]!.height);
    }
    const [hero] = await rectOf(page, ".lk-message-flex .lk-block-hero .lk-image-frame");
    expect(hero!.height).toBeGreaterThan(100);
    await page.screenshot({ path: screenshotPath("all-message-types"), fullPage: true });
    await page.close();
  });
});
