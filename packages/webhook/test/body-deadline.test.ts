// A slow-body probe against the Node adapter: one byte at a time must not hold the request open
// past the body read deadline.
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createNodeWebhookHandler, DEFAULT_BODY_TIMEOUT_MS } from "../src/node.js";
import { type Served, serveNode } from "./serve.js";

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** Declares a body of `length` bytes and sends one byte per `intervalMs` until the server answers. */
function dripBody(url: string, length: number, intervalMs: number) {
  const { port } = new URL(url);
  return new Promise<{ answer: string; bytesSent: number }>((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let bytesSent = 0;
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    socket.on("connect", () => {
      socket.write(
        `POST /webhook HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n` +
          `x-line-signature: c2ln\r\ncontent-length: ${length}\r\n\r\n`,
      );
      timer = setInterval(() => {
        if (bytesSent >= length) return clearInterval(timer);
        socket.write("{");
        bytesSent++;
      }, intervalMs);
    });
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8");
    });
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ answer, bytesSent });
    });
    socket.on("error", (error) => {
      clearInterval(timer);
      if (answer) resolve({ answer, bytesSent });
      else reject(error);
    });
  });
}

describe("the Node adapter's body read deadline", () => {
  it("answers 408 and closes the connection when the body does not arrive in time", async () => {
    const events: unknown[] = [];
    const errors: unknown[] = [];
    const handler = createNodeWebhookHandler({
      channelSecret: "secret",
      bodyTimeoutMs: 300,
      onEvent: (event) => void events.push(event),
      onError: (error) => void errors.push(error),
    });
    served = await serveNode((req, res) => void handler(req, res));
    // 2,000 bytes at one per 20 ms would take 40 s: far past the deadline on any machine.
    const { answer, bytesSent } = await dripBody(served.url, 2000, 20);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.toLowerCase()).toContain("connection: close");
    expect(bytesSent).toBeLessThan(2000);
    expect(events).toEqual([]);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toMatch(/300 ms/);
  });

  it("has a documented default", () => {
    expect(DEFAULT_BODY_TIMEOUT_MS).toBe(10_000);
  });
});
