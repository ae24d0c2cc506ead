// A small hand-written operation table and `operations` type in openapi-typescript's shape, so
// core is tested without depending on an area package.
import type { OperationTable } from "../src/index.js";

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };

export interface operations {
  getProfile: {
    parameters: { query?: never; header?: never; path: { userId: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: Json<{ displayName: string }> };
  };
  getFollowers: {
    parameters: { query?: { start?: string; limit?: number }; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: Json<{ userIds: string[]; next?: string }> };
  };
  listPages: {
    parameters: { query: { page: number; size?: number }; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: Json<{ items: number[]; hasNextPage: boolean }> };
  };
  pushMessage: {
    parameters: { query?: never; header?: { "X-Line-Retry-Key"?: string }; path?: never; cookie?: never };
    requestBody: { content: { "application/json": { to: string; messages: Array<{ type: "text"; text: string }> } } };
    responses: { 200: Json<{ sentMessages: Array<{ id: string }> }> };
  };
  updateAlias: {
    parameters: { query?: never; header?: never; path: { aliasId: string }; cookie?: never };
    requestBody: { content: { "application/json": { richMenuId: string } } };
    responses: { 200: { headers: { [name: string]: unknown }; content?: never } };
  };
  getQuota: {
    parameters: NoParams;
    requestBody?: never;
    responses: { 200: Json<{ type: string }> };
  };
  getContent: {
    parameters: { query?: never; header?: never; path: { messageId: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: { headers: { [name: string]: unknown }; content: { "image/jpeg": Blob } } };
  };
  setImage: {
    parameters: { query?: never; header?: never; path: { richMenuId: string }; cookie?: never };
    requestBody: { content: { "image/jpeg": Blob; "image/png": Blob } };
    responses: { 200: Json<Record<string, never>> };
  };
  uploadFile: {
    parameters: NoParams;
    requestBody: {
      content: { "multipart/form-data": { description?: string; file: Blob; uploadDescription?: string } };
    };
    responses: { 202: Json<{ audienceGroupId: number }> };
  };
  issueToken: {
    parameters: NoParams;
    requestBody: {
      content: { "application/x-www-form-urlencoded": { grant_type: "client_credentials"; client_id: string } };
    };
    responses: { 200: Json<{ access_token: string }> };
  };
}

const base = {
  pathParams: [],
  queryParams: [],
  auth: "bearer",
  retryKey: false,
  response: "json",
} as const;
const api = "https://api.line.me";
const data = "https://api-data.line.me";

export const table = {
  getProfile: { ...base, method: "GET", path: "/v2/bot/profile/{userId}", host: api, pathParams: ["userId"] },
  getFollowers: {
    ...base,
    method: "GET",
    path: "/v2/bot/followers/ids",
    host: api,
    queryParams: ["start", "limit"],
    pagination: { style: "token", cursor: "start", next: "next", items: "userIds" },
  },
  listPages: {
    ...base,
    method: "GET",
    path: "/v2/bot/pages",
    host: api,
    queryParams: ["page", "size"],
    pagination: { style: "page", page: "page", hasNext: "hasNextPage", items: "items" },
  },
  pushMessage: {
    ...base,
    method: "POST",
    path: "/v2/bot/message/push",
    host: api,
    retryKey: true,
    body: { media: ["application/json"] },
    rateLimit: { group: "pushMessage", requests: 10, per: "second" },
  },
  updateAlias: {
    ...base,
    method: "POST",
    path: "/v2/bot/richmenu/alias/{aliasId}",
    host: api,
    pathParams: ["aliasId"],
    response: "none",
    body: { media: ["application/json"] },
  },
  getQuota: { ...base, method: "GET", path: "/v2/bot/message/quota", host: api },
  getContent: {
    ...base,
    method: "GET",
    path: "/v2/bot/message/{messageId}/content",
    host: data,
    pathParams: ["messageId"],
    response: "binary",
  },
  setImage: {
    ...base,
    method: "POST",
    path: "/v2/bot/richmenu/{richMenuId}/content",
    host: data,
    pathParams: ["richMenuId"],
    body: { media: ["image/jpeg", "image/png"] },
  },
  uploadFile: {
    ...base,
    method: "POST",
    path: "/v2/bot/audienceGroup/upload/byFile",
    host: data,
    body: { media: ["multipart/form-data"] },
  },
  issueToken: {
    ...base,
    method: "POST",
    path: "/v2/oauth/accessToken",
    host: api,
    auth: "none",
    body: { media: ["application/x-www-form-urlencoded"] },
  },
} as const satisfies OperationTable;

export interface paths {
  "/v2/bot/profile/{userId}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/bot/message/{messageId}/content": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getContent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

/** A fake fetch: answers from `respond` and records every request it saw (cloned, bodies readable). */
export function fakeFetch(respond: (request: Request, attempt: number) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request.clone());
    return respond(request, requests.length);
  };
  return { fetch, requests };
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
  });

/** Sleep that records the delays asked for and returns at once. */
export function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

/** A fetch that never answers, and rejects like real fetch once its signal aborts (even if it already has). */
export function hangingFetch() {
  let calls = 0;
  // undici links a Request's signal to its parent through a WeakRef; like a real in-flight fetch,
  // we hold the requests so the link is not collected before the abort arrives.
  const inFlight: Request[] = [];
  const fetch = (request: Request) =>
    new Promise<Response>((_, reject) => {
      calls++;
      inFlight.push(request);
      if (request.signal.aborted) return reject(request.signal.reason);
      request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
    });
  return { fetch, calls: () => calls };
}
