// A stand-in for LINE's push endpoint on 127.0.0.1 that injects faults on demand and keeps
// LINE's retry-key contract: the first request with a key is accepted; a later one with the same
// key gets 409 and `x-line-accepted-request-id`. It counts how often each message was accepted.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault =
  | "none"
  | "500" // fails before accepting
  | "429" // rate limited, no Retry-After
  | "429-retry-after" // rate limited, Retry-After: 3
  | "hang" // never answers, nothing accepted
  | "drop" // closes the connection before answering, nothing accepted
  | "accept-then-hang" // accepts, then never answers
  | "accept-then-drop"; // accepts, starts the answer, and drops the connection mid-body

export interface SeenRequest {
  retryKey: string | null;
  text: string;
  fault: Fault;
  status: number | "none";
}

/** Decides the fault for a request: `attempt` counts the requests seen for the same message text. */
export type FaultPlan = (text: string, attempt: number) => Fault;

export async function startFaultServer(plan: FaultPlan) {
  const accepted = new Map<string, { requestId: string; text: string }>(); // by retry key
  const acceptCount = new Map<string, number>(); // by message text
  const attemptsByText = new Map<string, number>();
  const seen: SeenRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let nextId = 1;

  // A hung request stays counted until the client gives up on it and closes the connection.
  function hang(res: ServerResponse): void {
    hanging.add(res);
    res.on("close", () => hanging.delete(res));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { messages: Array<{ text: string }> };
    const text = body.messages[0]!.text;
    const attempt = (attemptsByText.get(text) ?? 0) + 1;
    attemptsByText.set(text, attempt);
    const retryKey = req.headers["x-line-retry-key"] as string | undefined;
    const fault = plan(text, attempt);
    const record: SeenRequest = { retryKey: retryKey ?? null, text, fault, status: "none" };
    seen.push(record);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { "content-type": "application/json", "x-line-request-id": `req-${nextId++}`, ...headers });
      res.end(JSON.stringify(payload));
    };

    if (fault === "500") return reply(500, { message: "An error occurred in the server" });
    if (fault === "429") return reply(429, { message: "The API rate limit has been exceeded." });
    if (fault === "429-retry-after")
      return reply(429, { message: "The API rate limit has been exceeded." }, { "retry-after": "3" });
    if (fault === "hang") return hang(res);
    if (fault === "drop") return void req.socket.destroy();

    const earlier = retryKey ? accepted.get(retryKey) : undefined;
    if (earlier) {
      return reply(
        409,
        { message: "The retry key is already accepted", sentMessages: [{ id: earlier.requestId }] },
        {
          "x-line-accepted-request-id": earlier.requestId,
        },
      );
    }
    const requestId = `req-${nextId++}`;
    if (retryKey) accepted.set(retryKey, { requestId, text });
    acceptCount.set(text, (acceptCount.get(text) ?? 0) + 1);
    if (fault === "accept-then-hang") return hang(res);
    if (fault === "accept-then-drop") {
      record.status = 200;
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": "200",
        "x-line-request-id": requestId,
      });
      res.write('{"sentMessages":[{"id":');
      setImmediate(() => req.socket.destroy());
      return;
    }
    record.status = 200;
    res.writeHead(200, { "content-type": "application/json", "x-line-request-id": requestId });
    res.end(JSON.stringify({ sentMessages: [{ id: requestId }] }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    /** How many times the message with this text was accepted (1 = delivered exactly once). */
    acceptedTimes: (text: string) => acceptCount.get(text) ?? 0,
    acceptCounts: acceptCount,
    /** Requests being held unanswered right now. */
    hangingNow: () => hanging.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
