// One Chromium per test file; pages get HTML from the renderer and never reach the network.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../../scripts/vitest/chromium.js";

/** Screenshots for a reviewer, in the package's (gitignored) test output. */
export const screenshotDir = fileURLToPath(new URL("../.vitest/screenshots/", import.meta.url));

export async function openBrowser(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return launchChromium();
}

/** A page showing `html`; remote media requests are refused, as on a machine without network. */
export async function pageWith(browser: Browser, html: string, width = 420): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.setContent(html, { waitUntil: "load" });
  return page;
}

export const screenshotPath = (name: string) => `${screenshotDir}${name}.png`;
