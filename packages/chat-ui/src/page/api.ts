// The page's calls to the simulator server (same origin, so no CORS and no secret in the page).
import type { Exchange, SendRequest, SendResult, Session } from "../simulator/protocol.js";

export async function loadSession(): Promise<Session> {
  const response = await fetch("api/session");
  if (!response.ok) throw new Error(`session: ${response.status}`);
  return (await response.json()) as Session;
}

export async function send(request: SendRequest): Promise<SendResult> {
  const response = await fetch("api/send", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as SendResult | { message: string };
  if (!response.ok) throw new Error("message" in body ? body.message : `send: ${response.status}`);
  return body as SendResult;
}

/** Every exchange of the bot with the mock, the past ones first; returns a stop function. */
export function onExchanges(listener: (exchange: Exchange) => void, onState: (open: boolean) => void): () => void {
  const source = new EventSource("api/events");
  source.addEventListener("exchange", (event) =>
    listener(JSON.parse((event as MessageEvent<string>).data) as Exchange),
  );
  source.addEventListener("open", () => onState(true));
  source.addEventListener("error", () => onState(false));
  return () => source.close();
}
