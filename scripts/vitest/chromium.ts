// One way for every browser test to start Debian's Chromium through playwright-core.
import { type Browser, chromium } from "playwright-core";

/** Debian's `chromium` package (`.ci/run` installs it); `CHROMIUM_PATH` points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// As root, Chromium needs --no-sandbox. The machine has no internet: without the background-networking
// switches Chromium keeps opening connections that the closed network refuses.
const quietFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: quietFlags, timeout: 60_000 });
}
