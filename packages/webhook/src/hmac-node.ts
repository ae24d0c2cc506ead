// `#hmac` under the `node` condition (Node, Bun, Deno): node:crypto computes the HMAC synchronously,
// where Node runs each Web Crypto HMAC as a thread-pool job that costs ~10× as much.
/// <reference types="node" />
import { createHmac } from "node:crypto";
import type { Hmac } from "./hmac.js";

export const hmac: Hmac = (secret, data) => createHmac("sha256", secret).update(data).digest("base64");
