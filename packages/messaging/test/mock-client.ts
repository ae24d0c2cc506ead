// Shared fixtures of the contract tests for users, chats, rich menus, content, membership,
// coupons and account link: a client that reaches the mock while Prism checks the LINE host.
import { hostCheckingFetch } from "@linekit/mock";
import { inject } from "vitest";
import { createMessagingClient } from "../src/index.js";

export const mockUrl = inject("mockUrl");

/** Client whose requests go to the mock; `inner` sees each request as the mock receives it. */
export function mockClient(inner?: (request: Request) => Promise<Response>) {
  return createMessagingClient({
    channelAccessToken: "test-token",
    fetch: hostCheckingFetch(mockUrl, inner),
    retry: false,
  });
}

/** Client that sends every LINE host's traffic as if it were `wrongHost`, to prove the host check bites. */
export function misroutedClient(realHost: string, wrongHost: string) {
  return createMessagingClient({
    channelAccessToken: "test-token",
    baseUrls: { [realHost]: wrongHost },
    fetch: hostCheckingFetch(mockUrl),
    retry: false,
  });
}

/** Records method, path, query and host of each request before forwarding it to the mock. */
export function recorder() {
  const seen: Array<{
    method: string;
    path: string;
    query: URLSearchParams;
    host: string | null;
    contentType: string | null;
  }> = [];
  const inner = (request: Request) => {
    const url = new URL(request.url);
    seen.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      host: url.searchParams.get("__server"),
      contentType: request.headers.get("content-type"),
    });
    return fetch(request);
  };
  return { seen, client: mockClient(inner) };
}

export const ids = {
  user: "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
  otherUser: "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5",
  group: "Ca56f94637c0a1b2c3d4e5f6a7b8c9d0e",
  room: "Rb1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6",
  richMenu: "richmenu-88c05ef6921ae53f8b58a25f3a65faf7",
  otherRichMenu: "richmenu-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
  alias: "richmenu-alias-a",
  message: "325708",
  membership: 3189,
  coupon: "01JYNW8JMQVFBNWF1APF8Z3FS7",
} as const;

export const API = "https://api.line.me";
export const API_DATA = "https://api-data.line.me";
