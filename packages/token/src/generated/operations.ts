// Generated from specs/token.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

export const issueStatelessChannelToken = { operationId: "issueStatelessChannelToken", method: "POST", path: "/oauth2/v3/token", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/x-www-form-urlencoded"] }, response: "json", auth: "none", retryKey: false, rateLimit: { group: "issueStatelessChannelToken", requests: 370, per: "second" } } as const satisfies OperationEntry;
export const getsAllValidChannelAccessTokenKeyIds = { operationId: "getsAllValidChannelAccessTokenKeyIds", method: "GET", path: "/oauth2/v2.1/tokens/kid", host: "https://api.line.me", pathParams: [], queryParams: ["client_assertion_type", "client_assertion"], response: "json", auth: "none", retryKey: false, rateLimit: { group: "getsAllValidChannelAccessTokenKeyIds", requests: 2000, per: "second" } } as const satisfies OperationEntry;
export const issueChannelTokenByJWT = { operationId: "issueChannelTokenByJWT", method: "POST", path: "/oauth2/v2.1/token", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/x-www-form-urlencoded"] }, response: "json", auth: "none", retryKey: false, rateLimit: { group: "issueChannelTokenByJWT", requests: 2000, per: "second" } } as const satisfies OperationEntry;
export const verifyChannelTokenByJWT = { operationId: "verifyChannelTokenByJWT", method: "GET", path: "/oauth2/v2.1/verify", host: "https://api.line.me", pathParams: [], queryParams: ["access_token"], response: "json", auth: "none", retryKey: false, rateLimit: { group: "verifyChannelTokenByJWT", requests: 2000, per: "second" } } as const satisfies OperationEntry;
export const revokeChannelTokenByJWT = { operationId: "revokeChannelTokenByJWT", method: "POST", path: "/oauth2/v2.1/revoke", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/x-www-form-urlencoded"] }, response: "none", auth: "none", retryKey: false, rateLimit: { group: "revokeChannelTokenByJWT", requests: 2000, per: "second" } } as const satisfies OperationEntry;
export const issueChannelToken = { operationId: "issueChannelToken", method: "POST", path: "/v2/oauth/accessToken", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/x-www-form-urlencoded"] }, response: "json", auth: "none", retryKey: false, rateLimit: { group: "issueChannelToken", requests: 2000, per: "second" } } as const satisfies OperationEntry;
export const verifyChannelToken = { operationId: "verifyChannelToken", method: "POST", path: "/v2/oauth/verify", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/x-www-form-urlencoded"] }, response: "json", auth: "none", retryKey: false, rateLimit: { group: "verifyChannelToken", requests: 2000, per: "second" } } as const satisfies OperationEntry;
export const revokeChannelToken = { operationId: "revokeChannelToken", method: "POST", path: "/v2/oauth/revoke", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/x-www-form-urlencoded"] }, response: "none", auth: "none", retryKey: false, rateLimit: { group: "revokeChannelToken", requests: 2000, per: "second" } } as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { issueStatelessChannelToken, getsAllValidChannelAccessTokenKeyIds, issueChannelTokenByJWT, verifyChannelTokenByJWT, revokeChannelTokenByJWT, issueChannelToken, verifyChannelToken, revokeChannelToken } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    issueStatelessChannelToken: operations["issueStatelessChannelToken"];
    getsAllValidChannelAccessTokenKeyIds: operations["getsAllValidChannelAccessTokenKeyIds"];
    issueChannelTokenByJWT: operations["issueChannelTokenByJWT"];
    verifyChannelTokenByJWT: operations["verifyChannelTokenByJWT"];
    revokeChannelTokenByJWT: operations["revokeChannelTokenByJWT"];
    issueChannelToken: operations["issueChannelToken"];
    verifyChannelToken: operations["verifyChannelToken"];
    revokeChannelToken: operations["revokeChannelToken"];
  }
}
