// Entry point under the `node` export condition (Node, Bun, Deno): the same API, with node:crypto
// computing the HMAC. Everything else is shared with the Web Crypto entry.
import { nodeHmac } from "./hmac-node.js";
import { useHmac } from "./hmac.js";

useHmac(nodeHmac);

export * from "./index.js";
