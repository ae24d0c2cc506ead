// Generated from specs/token.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationTable } from "@linekit/core";

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = {
  "issueStatelessChannelToken": {
    "method": "POST",
    "path": "/oauth2/v3/token",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": false,
    "retryKey": false,
    "body": {
      "media": [
        "application/x-www-form-urlencoded"
      ],
      "required": true
    }
  },
  "getsAllValidChannelAccessTokenKeyIds": {
    "method": "GET",
    "path": "/oauth2/v2.1/tokens/kid",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "client_assertion_type",
      "client_assertion"
    ],
    "headerParams": [],
    "response": "json",
    "auth": false,
    "retryKey": false
  },
  "issueChannelTokenByJWT": {
    "method": "POST",
    "path": "/oauth2/v2.1/token",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": false,
    "retryKey": false,
    "body": {
      "media": [
        "application/x-www-form-urlencoded"
      ],
      "required": true
    }
  },
  "verifyChannelTokenByJWT": {
    "method": "GET",
    "path": "/oauth2/v2.1/verify",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "access_token"
    ],
    "headerParams": [],
    "response": "json",
    "auth": false,
    "retryKey": false
  },
  "revokeChannelTokenByJWT": {
    "method": "POST",
    "path": "/oauth2/v2.1/revoke",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "none",
    "auth": false,
    "retryKey": false,
    "body": {
      "media": [
        "application/x-www-form-urlencoded"
      ],
      "required": true
    }
  },
  "issueChannelToken": {
    "method": "POST",
    "path": "/v2/oauth/accessToken",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": false,
    "retryKey": false,
    "body": {
      "media": [
        "application/x-www-form-urlencoded"
      ],
      "required": true
    }
  },
  "verifyChannelToken": {
    "method": "POST",
    "path": "/v2/oauth/verify",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": false,
    "retryKey": false,
    "body": {
      "media": [
        "application/x-www-form-urlencoded"
      ],
      "required": true
    }
  },
  "revokeChannelToken": {
    "method": "POST",
    "path": "/v2/oauth/revoke",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "none",
    "auth": false,
    "retryKey": false,
    "body": {
      "media": [
        "application/x-www-form-urlencoded"
      ],
      "required": true
    }
  }
} as const satisfies OperationTable;
