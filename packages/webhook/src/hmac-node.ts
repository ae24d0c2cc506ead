// node:crypto HMAC for the `node` export condition: synchronous, no thread-pool round trip.
/// <reference types="node" />
import { createHmac } from "node:crypto";
import type { Hmac } from "./hmac.js";

export const nodeHmac: Hmac = (secret, data) => createHmac("sha256", secret).update(data).digest("base64");
