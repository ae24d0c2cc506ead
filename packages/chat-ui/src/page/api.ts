// The page's calls to the simulator server (same origin, so no CORS and no secret in the page).
import type { ActRecord, Exchange, SendRequest, SendResult, Session } from "../simulator/protocol.js";

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

/** Every act of a user and exchange of the bot, in order, the past ones first; returns a stop function. */
export function onTimeline(
  listeners: { act: (record: ActRecord) => void; exchange: (exchange: Exchange) => void },
  onState: (open: boolean) => void,
): () => void {
  const source = new EventSource("api/events");
  const data = (event: Event) => JSON.parse((event as MessageEvent<string>).data);
  source.addEventListener("act", (event) => listeners.act(data(event) as ActRecord));
  source.addEventListener("exchange", (event) => listeners.exchange(data(event) as Exchange));
  source.addEventListener("open", () => onState(true));
  source.addEventListener("error", () => onState(false));
  return () => source.close();
}
