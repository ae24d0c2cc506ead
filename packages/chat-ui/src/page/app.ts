// The chat simulator page: pick a chat, act as the user, see the bot's answers and its API calls.
import { readAction } from "../actions.js";
import { escapeHtml } from "../html.js";
import { renderLoadingAnimation, renderQuickReply } from "../quick-reply.js";
import { renderMessage } from "../render-message.js";
import type { ActRecord, ChatRef, Exchange, Session, UserAct } from "../simulator/protocol.js";
import { chatKey, chatOf } from "../simulator/routing.js";
import { chatUiCss } from "../styles.js";
import type { Message } from "../types.js";
import { loadSession, onTimeline, send } from "./api.js";
import { type Picker, tap } from "./taps.js";

type Item =
  | { from: "user" | "bot"; userId?: string; html: string; message?: Message }
  | { from: "system"; text: string };

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const histories = new Map<string, Item[]>();
const loadingUntil = new Map<string, number>();
let session: Session;
let current: ChatRef;
let speaker = "";

const BOT_URL_KEY = "linekit-simulator.botUrl";
function history(key: string): Item[] {
  const items = histories.get(key) ?? [];
  histories.set(key, items);
  return items;
}
const nameOf = (userId: string) => session.users.find((u) => u.userId === userId)?.displayName ?? userId.slice(0, 8);

function avatar(name: string, pictureUrl?: string): string {
  const picture = pictureUrl
    ? ` style="background-image:url(&quot;${escapeHtml(new URL(pictureUrl, session.mockUrl).href)}&quot;)"`
    : "";
  return `<span class="sim-avatar"${picture}>${pictureUrl ? "" : escapeHtml(name.slice(0, 1))}</span>`;
}

function renderChats(): void {
  const entries = [
    ...session.users.map((u) => ({ id: u.userId, name: u.displayName, picture: u.pictureUrl })),
    ...session.groups.map((g) => ({ id: g.chatId, name: `${g.name} (${g.memberIds.length})`, picture: undefined })),
  ];
  $("#chats").innerHTML = entries
    .map(
      (c) =>
        `<button type="button" data-chat="${escapeHtml(c.id)}" aria-current="${c.id === chatKey(current)}">${avatar(c.name, c.picture)}<span>${escapeHtml(c.name)}</span></button>`,
    )
    .join("");
}

function selectChat(id: string): void {
  current = chatOf(id)!;
  const group = session.groups.find((g) => g.chatId === id);
  const members = group?.memberIds ?? [id];
  speaker = members[0]!;
  $("#chat-title").textContent = group ? group.name : nameOf(id);
  $("#speaker-label").hidden = !group;
  $("#speaker").innerHTML = members
    .map((m) => `<option value="${escapeHtml(m)}">${escapeHtml(nameOf(m))}</option>`)
    .join("");
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-user-only]")) button.hidden = Boolean(group);
  renderChats();
  renderMessages();
}

function renderMessages(): void {
  const key = chatKey(current);
  const items = history(key);
  const rows = items.map((item) => {
    if (item.from === "system") return `<div class="sim-system">${escapeHtml(item.text)}</div>`;
    const author =
      item.from === "user" && current.type !== "user"
        ? `<div class="sim-author">${escapeHtml(nameOf(item.userId!))}</div>`
        : "";
    return `<div class="lk-row lk-row-${item.from}">${author}${item.html}</div>`;
  });
  if ((loadingUntil.get(key) ?? 0) > Date.now())
    rows.push(`<div class="lk-row lk-row-bot">${renderLoadingAnimation()}</div>`);
  const box = $("#messages");
  box.innerHTML = rows.join("");
  box.scrollTop = box.scrollHeight;
  const last = items.at(-1);
  const quickReply =
    last?.from === "bot" && last.message && "quickReply" in last.message ? last.message.quickReply : undefined;
  $("#quick-replies").innerHTML = renderQuickReply(quickReply);
}

function addItem(chat: ChatRef, item: Item): void {
  history(chatKey(chat)).push(item);
  if (chatKey(chat) === chatKey(current)) renderMessages();
}

/** The user's own side of an act, as every page's chat shows it. */
function userItem({ act, userId, shown, event }: ActRecord): Item | undefined {
  const said = (text: string): Item => ({ from: "user", userId, html: renderMessage({ type: "text", text }) });
  const message = event.message as Message | undefined;
  if (shown !== undefined) return said(shown);
  if (act.kind === "text") return said(act.text);
  if ((act.kind === "sticker" || act.kind === "location") && message)
    return { from: "user", userId, html: renderMessage(message) };
  if (act.kind === "image") return said("(image)");
  if (act.kind === "follow") return { from: "system", text: `${nameOf(userId)} added the bot as a friend` };
  if (act.kind === "unfollow") return { from: "system", text: `${nameOf(userId)} blocked the bot` };
  return undefined;
}

function addAct(record: ActRecord): void {
  const item = userItem(record);
  if (item) addItem(record.chat, item);
}

async function act(userAct: UserAct, shown?: string): Promise<void> {
  const botUrl = $<HTMLInputElement>("#bot-url").value.trim();
  localStorage.setItem(BOT_URL_KEY, botUrl);
  const delivery = $("#delivery");
  try {
    // The chat shows the act when the server reports it (api/events), as on every other open page.
    const result = await send({
      botUrl,
      chat: current,
      userId: speaker,
      act: userAct,
      ...(shown === undefined ? {} : { shown }),
    });
    delivery.textContent = result.delivered ? "" : `Not delivered: ${result.problem}`;
  } catch (error) {
    delivery.textContent = `Not sent: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const pick: Picker = (mode, limits) => {
  const dialog = $<HTMLDialogElement>("#picker");
  const input = $<HTMLInputElement>("#picker-value");
  input.type = mode === "datetime" ? "datetime-local" : mode;
  input.value = limits.initial ?? "";
  input.min = limits.min ?? "";
  input.max = limits.max ?? "";
  $("#picker-title").textContent = `Pick a ${mode}`;
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok" ? input.value : undefined), {
      once: true,
    });
  });
};

async function onTap(event: Event): Promise<void> {
  const target = (event.target as HTMLElement).closest<HTMLElement>("[data-action]");
  const action = target && readAction(target);
  if (!action) return;
  const outcome = await tap(action, pick, (uri) => window.open(uri, "_blank", "noopener"));
  if (outcome.note) $("#delivery").textContent = outcome.note;
  if (outcome.act) await act(outcome.act, outcome.shown);
}

function addExchange(exchange: Exchange): void {
  const rejected = exchange.status >= 400;
  const line = (p: Exchange["problems"][number]) =>
    `<div class="sim-problem">${escapeHtml(p.field)}: ${escapeHtml(p.reason)}</div>`;
  const others = exchange.problems.filter((p) => !p.primary);
  const folded = others.length
    ? `<details><summary>${others.length} more: how it also fails as the other shapes the spec allows</summary>${others.map(line).join("")}</details>`
    : "";
  const problems =
    exchange.problems
      .filter((p) => p.primary)
      .map(line)
      .join("") + folded;
  const li = document.createElement("li");
  li.className = `sim-exchange${rejected ? " rejected" : ""}`;
  li.dataset.operation = exchange.operationId ?? "";
  li.innerHTML = `<code>${escapeHtml(exchange.method)} ${escapeHtml(exchange.path)}</code> → <strong class="sim-status">${exchange.status}</strong> ${escapeHtml(exchange.operationId ?? "")}${problems}`;
  $("#journal").prepend(li);
  for (const delivery of exchange.deliveries) {
    loadingUntil.delete(chatKey(delivery.chat));
    for (const message of delivery.messages)
      addItem(delivery.chat, { from: "bot", html: renderMessage(message, { userName: nameOf }), message });
  }
  if (exchange.loading) {
    const key = chatKey(exchange.loading.chat);
    loadingUntil.set(key, Date.now() + exchange.loading.seconds * 1000);
    if (key === chatKey(current)) renderMessages();
    setTimeout(() => key === chatKey(current) && renderMessages(), exchange.loading.seconds * 1000);
  }
}

async function start(): Promise<void> {
  document.head.insertAdjacentHTML("beforeend", `<style>${chatUiCss}</style>`);
  session = await loadSession();
  $<HTMLInputElement>("#bot-url").value = localStorage.getItem(BOT_URL_KEY) ?? session.botUrl;
  $("#journal-note").textContent = session.journal
    ? ""
    : "This mock keeps no journal: the bot's answers cannot be shown.";
  selectChat(session.users[0]?.userId ?? session.groups[0]!.chatId);
  $("#chats").addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>("[data-chat]");
    if (button?.dataset.chat) selectChat(button.dataset.chat);
  });
  $<HTMLSelectElement>("#speaker").addEventListener("change", (event) => {
    speaker = (event.target as HTMLSelectElement).value;
  });
  $("#composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $<HTMLInputElement>("#text");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    void act({ kind: "text", text });
  });
  for (const button of document.querySelectorAll<HTMLElement>("[data-act]")) {
    button.addEventListener("click", () => void act({ kind: button.dataset.act as "sticker" }));
  }
  $("#messages").addEventListener("click", (event) => void onTap(event));
  $("#quick-replies").addEventListener("click", (event) => void onTap(event));
  onTimeline({ act: addAct, exchange: addExchange }, (open) => {
    const state = session.journal ? "connected to the mock" : "connected (the mock keeps no journal)";
    $("#connection").textContent = open ? state : "reconnecting…";
  });
  document.body.dataset.ready = "true";
}

void start();
