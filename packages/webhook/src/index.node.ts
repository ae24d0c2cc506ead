// Entry point under the `node` export condition (Node, Bun, Deno): the same API, with node:crypto
// computing the HMAC. Everything else is shared with the Web Crypto entry.

import { useHmac } from "./hmac.js";
import { nodeHmac } from "./hmac-node.js";

useHmac(nodeHmac);

export * from "./index.js";
