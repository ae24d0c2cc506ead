// Generated from specs/messaging.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationTable } from "@linekit/core";

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = {
  "replyMessage": {
    "method": "POST",
    "path": "/v2/bot/message/reply",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "pushMessage": {
    "method": "POST",
    "path": "/v2/bot/message/push",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Line-Retry-Key"
    ],
    "response": "json",
    "auth": true,
    "retryKey": true,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "multicast": {
    "method": "POST",
    "path": "/v2/bot/message/multicast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Line-Retry-Key"
    ],
    "response": "json",
    "auth": true,
    "retryKey": true,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "narrowcast": {
    "method": "POST",
    "path": "/v2/bot/message/narrowcast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Line-Retry-Key"
    ],
    "response": "json",
    "auth": true,
    "retryKey": true,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "getNarrowcastProgress": {
    "method": "GET",
    "path": "/v2/bot/message/progress/narrowcast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "requestId"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "broadcast": {
    "method": "POST",
    "path": "/v2/bot/message/broadcast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Line-Retry-Key"
    ],
    "response": "json",
    "auth": true,
    "retryKey": true,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "validateReply": {
    "method": "POST",
    "path": "/v2/bot/message/validate/reply",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "validatePush": {
    "method": "POST",
    "path": "/v2/bot/message/validate/push",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "validateMulticast": {
    "method": "POST",
    "path": "/v2/bot/message/validate/multicast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "validateNarrowcast": {
    "method": "POST",
    "path": "/v2/bot/message/validate/narrowcast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "validateBroadcast": {
    "method": "POST",
    "path": "/v2/bot/message/validate/broadcast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "getMessageQuota": {
    "method": "GET",
    "path": "/v2/bot/message/quota",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getMessageQuotaConsumption": {
    "method": "GET",
    "path": "/v2/bot/message/quota/consumption",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getNumberOfSentReplyMessages": {
    "method": "GET",
    "path": "/v2/bot/message/delivery/reply",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "date"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getNumberOfSentPushMessages": {
    "method": "GET",
    "path": "/v2/bot/message/delivery/push",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "date"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getNumberOfSentMulticastMessages": {
    "method": "GET",
    "path": "/v2/bot/message/delivery/multicast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "date"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getNumberOfSentBroadcastMessages": {
    "method": "GET",
    "path": "/v2/bot/message/delivery/broadcast",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "date"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getAggregationUnitUsage": {
    "method": "GET",
    "path": "/v2/bot/message/aggregation/info",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getAggregationUnitNameList": {
    "method": "GET",
    "path": "/v2/bot/message/aggregation/list",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "limit",
      "start"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "pagination": {
      "style": "token",
      "cursor": "start",
      "next": "next",
      "items": "customAggregationUnits"
    }
  },
  "showLoadingAnimation": {
    "method": "POST",
    "path": "/v2/bot/chat/loading/start",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "markMessagesAsRead": {
    "method": "POST",
    "path": "/v2/bot/message/markAsRead",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "markMessagesAsReadByToken": {
    "method": "POST",
    "path": "/v2/bot/chat/markAsRead",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "pushMessagesByPhone": {
    "method": "POST",
    "path": "/bot/pnp/push",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Line-Delivery-Tag"
    ],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "getPNPMessageStatistics": {
    "method": "GET",
    "path": "/v2/bot/message/delivery/pnp",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "date"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  }
} as const satisfies OperationTable;
