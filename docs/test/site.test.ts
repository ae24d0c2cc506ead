// Opens every page of the built site (npm run docs; turbo builds it before this test) in headless
// Chromium, as a reader would: served from 127.0.0.1, every request outside the site blocked and
// reported, every console error reported, every internal link followed to its target.
import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/vitest/chromium.ts";
import { findReferenceDocs } from "../build/reference-docs.ts";
import { fileFor, serveSite } from "./static-server.ts";

const docsDir = fileURLToPath(new URL("..", import.meta.url));
const siteDir = path.join(docsDir, "dist");
const screenshotDir = path.join(docsDir, ".vitest", "screenshots");
const references = findReferenceDocs(path.join(docsDir, "..", "specs"));

function htmlPages(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return htmlPages(path.join(dir, entry.name), `${relative}/`);
    return entry.name.endsWith(".html") ? [relative] : [];
  });
}

interface Visit {
  problems: string[];
  /** Hrefs (as written) of every link on the page, absolute. */
  links: string[];
}

let browser: Browser;
let page: Page;
let site: { origin: string; close: () => Promise<void> };
const visits = new Map<string, Visit>();
let problems: string[] = [];

// One tab for every page (a new tab per page costs more than the page): whatever it reports is
// charged to the page being visited. Chromium here has no network, so nothing could leave anyway;
// a request for anything outside the site is reported, not just refused.
async function openTab(): Promise<Page> {
  const tab = await browser.newPage();
  tab.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(site.origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      problems.push(`request leaving the site: ${url}`);
  });
  tab.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  tab.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  return tab;
}

async function visit(pagePath: string, inspect?: (page: Page) => Promise<void>): Promise<Visit> {
  problems = [];
  await page.goto(`${site.origin}/${pagePath}`, { waitUntil: "load", timeout: 60_000 });
  await inspect?.(page);
  const links = await page.$$eval("a[href]", (anchors) =>
    anchors
      // Redoc's own links are routes its script handles; the operations test above follows those.
      .filter((a) => !a.closest("#redoc"))
      .map((a) => (a as HTMLAnchorElement).href),
  );
  const result = { problems, links };
  visits.set(pagePath, result);
  return result;
}

beforeAll(async () => {
  expect(fileFor(siteDir, "/index.html"), "docs/dist is missing: run `npm run docs`").toBeDefined();
  mkdirSync(screenshotDir, { recursive: true });
  site = await serveSite(siteDir);
  browser = await launchChromium();
  page = await openTab();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const pages = htmlPages(siteDir).sort();
const pageType = (page: string) => (page.includes("/") ? page.split("/")[0]! : "index");

describe("every page loads offline, without console errors", () => {
  it("the site has an index, guides, a reference page per spec and the runtime API", () => {
    expect(pages).toContain("index.html");
    expect(pages.filter((p) => p.startsWith("guides/")).length).toBeGreaterThanOrEqual(8);
    expect(pages.filter((p) => p.startsWith("reference/")).sort()).toEqual(
      references.map((doc) => `reference/${doc.slug}.html`).sort(),
    );
    expect(pages).toContain("api/index.html");
  });

  for (const doc of references) {
    it(`reference/${doc.slug}.html shows all ${doc.operations.length} operations of ${path.basename(doc.specFile)}`, async () => {
      const shown: string[] = [];
      const { problems } = await visit(`reference/${doc.slug}.html`, async (loaded) => {
        // Redoc renders in the browser, section by section: go to each operation's route as a
        // reader following a link would, and read the title of the section it shows.
        for (const { anchor } of doc.operations) {
          await loaded.evaluate((hash) => {
            location.hash = hash;
          }, anchor);
          const section = loaded.locator(
            `[data-section-id="${anchor.slice(1)}"] h1, [data-section-id="${anchor.slice(1)}"] h2`,
          );
          await section.first().waitFor({ timeout: 60_000 });
          shown.push((await section.first().textContent()) ?? "");
        }
        if (doc.slug === references[0]!.slug) await screenshot(loaded, "reference");
      });
      expect(problems).toEqual([]);
      expect(shown).toEqual(doc.operations.map((operation) => operation.operationId));
    }, 120_000);
  }

  it("index, guides and every page of the runtime API", async () => {
    const shotTaken = new Set<string>();
    for (const pagePath of pages.filter((p) => !p.startsWith("reference/"))) {
      const type = pageType(pagePath);
      const { problems } = await visit(pagePath, async (loaded) => {
        if (!shotTaken.has(type)) await screenshot(loaded, type);
        shotTaken.add(type);
      });
      expect(problems, pagePath).toEqual([]);
    }
    expect([...shotTaken].sort()).toEqual(["api", "guides", "index"]);
  }, 600_000);
});

describe("every internal link resolves", () => {
  it("links between pages name a file of the site, and fragments a target on it", async () => {
    expect(visits.size, "the page tests above ran first").toBe(pages.length);
    const broken: string[] = [];
    for (const [from, { links }] of visits) {
      for (const href of links) {
        const url = new URL(href);
        if (url.origin !== site.origin) continue; // outside links are not followed (no network here)
        const target = fileFor(siteDir, url.pathname);
        if (!target) broken.push(`${from} → ${url.pathname} (no such file)`);
        else if (url.hash && !(await hasFragment(url)))
          broken.push(`${from} → ${url.pathname}${url.hash} (no such target)`);
      }
    }
    expect(broken).toEqual([]);
  }, 300_000);
});

// A Redoc route (#/tag/operation) must be one of the page's operations; any other fragment an element id.
const fragmentCache = new Map<string, Set<string>>();
async function hasFragment(url: URL): Promise<boolean> {
  const pagePath = url.pathname.replace(/^\//, "") || "index.html";
  const fragment = decodeURIComponent(url.hash.slice(1));
  const reference = references.find((doc) => `reference/${doc.slug}.html` === pagePath);
  if (reference) return fragment === "" || reference.operations.some((op) => op.anchor === `#${fragment}`);
  let ids = fragmentCache.get(pagePath);
  if (!ids) {
    await page.goto(`${site.origin}/${pagePath}`, { waitUntil: "load", timeout: 60_000 });
    ids = new Set(await page.$$eval("[id], a[name]", (els) => els.map((e) => e.id || e.getAttribute("name")!)));
    fragmentCache.set(pagePath, ids);
  }
  return ids.has(fragment);
}

async function screenshot(tab: Page, type: string): Promise<void> {
  await tab.screenshot({ path: path.join(screenshotDir, `${type}.png`), fullPage: false });
}
