// The simulator's test rig: the real mock, the simulator server, a bot that records what it receives
// (answering through @linekit/messaging against the mock), and a Chromium page on the simulator.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createMessagingClient } from "@linekit/messaging";
import { type RunningMock, startMock, warmUpSending } from "@linekit/mock";
import type { WebhookEvent, WebhookHandlerOptions } from "@linekit/webhook";
import { createNodeWebhookHandler } from "@linekit/webhook/node";
import type { Browser, Page } from "playwright-core";
import { type RunningSimulator, startSimulator } from "../src/simulator/server.js";
import { openBrowser } from "./browser.js";

export const channelSecret = "simulator-test-secret";

export interface Bot {
  url: string;
  received: WebhookEvent[];
  close(): Promise<void>;
}

/** A bot on 127.0.0.1 that verifies signatures with `channelSecret` and records every event. */
export async function startBot(
  handle: (event: WebhookEvent, line: ReturnType<typeof createMessagingClient>) => Promise<unknown> | unknown,
  mockUrl: string,
): Promise<Bot> {
  const received: WebhookEvent[] = [];
  const line = createMessagingClient({ channelAccessToken: "test-token", baseUrl: mockUrl });
  return serve(
    createNodeWebhookHandler({
      channelSecret,
      onEvent: async (event) => {
        received.push(event);
        await handle(event, line);
      },
    }),
    received,
  );
}

/** Serves any webhook handler options (the example echo bot's) the same way. */
export function serveBot(options: WebhookHandlerOptions): Promise<Bot> {
  return serve(createNodeWebhookHandler(options), []);
}

async function serve(listener: Parameters<typeof createServer>[1], received: WebhookEvent[]): Promise<Bot> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Rig {
  mock: RunningMock;
  simulator: RunningSimulator;
  browser: Browser;
  close(): Promise<void>;
}

export async function startRig(): Promise<Rig> {
  const mock = await startMock({ areas: ["messaging"] });
  // Prism compiles the message schemas on its first validation (seconds on a busy machine): pay it here.
  await warmUpSending(mock);
  const simulator = await startSimulator({ mock, channelSecret });
  const browser = await openBrowser();
  return {
    mock,
    simulator,
    browser,
    close: async () => {
      await browser.close();
      await simulator.close();
      await mock.close();
    },
  };
}

/** The simulator page, ready, pointed at `botUrl`. */
export async function openPage(rig: Rig, botUrl: string): Promise<Page> {
  const page = await rig.browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(rig.simulator.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.fill("#bot-url", botUrl);
  return page;
}

/** Waits (bounded by count, not by the clock's speed) until `check` holds. */
export async function until<T>(check: () => T | undefined, what: string, attempts = 400): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}
