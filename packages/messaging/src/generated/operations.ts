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
  },
  "getProfile": {
    "method": "GET",
    "path": "/v2/bot/profile/{userId}",
    "host": "https://api.line.me",
    "pathParams": [
      "userId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getFollowers": {
    "method": "GET",
    "path": "/v2/bot/followers/ids",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "start",
      "limit"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "pagination": {
      "style": "token",
      "cursor": "start",
      "next": "next",
      "items": "userIds"
    }
  },
  "getBotInfo": {
    "method": "GET",
    "path": "/v2/bot/info",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getGroupSummary": {
    "method": "GET",
    "path": "/v2/bot/group/{groupId}/summary",
    "host": "https://api.line.me",
    "pathParams": [
      "groupId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getGroupMemberCount": {
    "method": "GET",
    "path": "/v2/bot/group/{groupId}/members/count",
    "host": "https://api.line.me",
    "pathParams": [
      "groupId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getGroupMembersIds": {
    "method": "GET",
    "path": "/v2/bot/group/{groupId}/members/ids",
    "host": "https://api.line.me",
    "pathParams": [
      "groupId"
    ],
    "queryParams": [
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
      "items": "memberIds"
    }
  },
  "getGroupMemberProfile": {
    "method": "GET",
    "path": "/v2/bot/group/{groupId}/member/{userId}",
    "host": "https://api.line.me",
    "pathParams": [
      "groupId",
      "userId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "leaveGroup": {
    "method": "POST",
    "path": "/v2/bot/group/{groupId}/leave",
    "host": "https://api.line.me",
    "pathParams": [
      "groupId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRoomMemberCount": {
    "method": "GET",
    "path": "/v2/bot/room/{roomId}/members/count",
    "host": "https://api.line.me",
    "pathParams": [
      "roomId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRoomMembersIds": {
    "method": "GET",
    "path": "/v2/bot/room/{roomId}/members/ids",
    "host": "https://api.line.me",
    "pathParams": [
      "roomId"
    ],
    "queryParams": [
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
      "items": "memberIds"
    }
  },
  "getRoomMemberProfile": {
    "method": "GET",
    "path": "/v2/bot/room/{roomId}/member/{userId}",
    "host": "https://api.line.me",
    "pathParams": [
      "roomId",
      "userId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "leaveRoom": {
    "method": "POST",
    "path": "/v2/bot/room/{roomId}/leave",
    "host": "https://api.line.me",
    "pathParams": [
      "roomId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "createRichMenu": {
    "method": "POST",
    "path": "/v2/bot/richmenu",
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
  "validateRichMenuObject": {
    "method": "POST",
    "path": "/v2/bot/richmenu/validate",
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
  "getRichMenuList": {
    "method": "GET",
    "path": "/v2/bot/richmenu/list",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRichMenu": {
    "method": "GET",
    "path": "/v2/bot/richmenu/{richMenuId}",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "deleteRichMenu": {
    "method": "DELETE",
    "path": "/v2/bot/richmenu/{richMenuId}",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "setDefaultRichMenu": {
    "method": "POST",
    "path": "/v2/bot/user/all/richmenu/{richMenuId}",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getDefaultRichMenuId": {
    "method": "GET",
    "path": "/v2/bot/user/all/richmenu",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "cancelDefaultRichMenu": {
    "method": "DELETE",
    "path": "/v2/bot/user/all/richmenu",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "createRichMenuAlias": {
    "method": "POST",
    "path": "/v2/bot/richmenu/alias",
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
  "getRichMenuAliasList": {
    "method": "GET",
    "path": "/v2/bot/richmenu/alias/list",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRichMenuAlias": {
    "method": "GET",
    "path": "/v2/bot/richmenu/alias/{richMenuAliasId}",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuAliasId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "updateRichMenuAlias": {
    "method": "POST",
    "path": "/v2/bot/richmenu/alias/{richMenuAliasId}",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuAliasId"
    ],
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
  "deleteRichMenuAlias": {
    "method": "DELETE",
    "path": "/v2/bot/richmenu/alias/{richMenuAliasId}",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuAliasId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRichMenuIdOfUser": {
    "method": "GET",
    "path": "/v2/bot/user/{userId}/richmenu",
    "host": "https://api.line.me",
    "pathParams": [
      "userId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "unlinkRichMenuIdFromUser": {
    "method": "DELETE",
    "path": "/v2/bot/user/{userId}/richmenu",
    "host": "https://api.line.me",
    "pathParams": [
      "userId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "linkRichMenuIdToUser": {
    "method": "POST",
    "path": "/v2/bot/user/{userId}/richmenu/{richMenuId}",
    "host": "https://api.line.me",
    "pathParams": [
      "userId",
      "richMenuId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "linkRichMenuIdToUsers": {
    "method": "POST",
    "path": "/v2/bot/richmenu/bulk/link",
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
  "unlinkRichMenuIdFromUsers": {
    "method": "POST",
    "path": "/v2/bot/richmenu/bulk/unlink",
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
  "richMenuBatch": {
    "method": "POST",
    "path": "/v2/bot/richmenu/batch",
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
  "validateRichMenuBatchRequest": {
    "method": "POST",
    "path": "/v2/bot/richmenu/validate/batch",
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
  "getRichMenuBatchProgress": {
    "method": "GET",
    "path": "/v2/bot/richmenu/progress/batch",
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
  "issueLinkToken": {
    "method": "POST",
    "path": "/v2/bot/user/{userId}/linkToken",
    "host": "https://api.line.me",
    "pathParams": [
      "userId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getMessageContent": {
    "method": "GET",
    "path": "/v2/bot/message/{messageId}/content",
    "host": "https://api-data.line.me",
    "pathParams": [
      "messageId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "binary",
    "auth": true,
    "retryKey": false
  },
  "getMessageContentPreview": {
    "method": "GET",
    "path": "/v2/bot/message/{messageId}/content/preview",
    "host": "https://api-data.line.me",
    "pathParams": [
      "messageId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "binary",
    "auth": true,
    "retryKey": false
  },
  "getMessageContentTranscodingByMessageId": {
    "method": "GET",
    "path": "/v2/bot/message/{messageId}/content/transcoding",
    "host": "https://api-data.line.me",
    "pathParams": [
      "messageId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRichMenuImage": {
    "method": "GET",
    "path": "/v2/bot/richmenu/{richMenuId}/content",
    "host": "https://api-data.line.me",
    "pathParams": [
      "richMenuId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "binary",
    "auth": true,
    "retryKey": false
  },
  "setRichMenuImage": {
    "method": "POST",
    "path": "/v2/bot/richmenu/{richMenuId}/content",
    "host": "https://api-data.line.me",
    "pathParams": [
      "richMenuId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "image/jpeg",
        "image/png"
      ],
      "required": true
    }
  },
  "getMembershipSubscription": {
    "method": "GET",
    "path": "/v2/bot/membership/subscription/{userId}",
    "host": "https://api.line.me",
    "pathParams": [
      "userId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getMembershipList": {
    "method": "GET",
    "path": "/v2/bot/membership/list",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getJoinedMembershipUsers": {
    "method": "GET",
    "path": "/v2/bot/membership/{membershipId}/users/ids",
    "host": "https://api.line.me",
    "pathParams": [
      "membershipId"
    ],
    "queryParams": [
      "start",
      "limit"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "pagination": {
      "style": "token",
      "cursor": "start",
      "next": "next",
      "items": "userIds"
    }
  },
  "listCoupon": {
    "method": "GET",
    "path": "/v2/bot/coupon",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "status",
      "start",
      "limit"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "pagination": {
      "style": "token",
      "cursor": "start",
      "next": "next",
      "items": "items"
    }
  },
  "createCoupon": {
    "method": "POST",
    "path": "/v2/bot/coupon",
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
  "getCouponDetail": {
    "method": "GET",
    "path": "/v2/bot/coupon/{couponId}",
    "host": "https://api.line.me",
    "pathParams": [
      "couponId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "closeCoupon": {
    "method": "PUT",
    "path": "/v2/bot/coupon/{couponId}/close",
    "host": "https://api.line.me",
    "pathParams": [
      "couponId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  }
} as const satisfies OperationTable;
