// Generated from specs/messaging.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

/** `POST /v2/bot/message/reply` on https://api.line.me */
export const replyMessage = {
  "operationId": "replyMessage",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/push` on https://api.line.me */
export const pushMessage = {
  "operationId": "pushMessage",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/multicast` on https://api.line.me */
export const multicast = {
  "operationId": "multicast",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/narrowcast` on https://api.line.me */
export const narrowcast = {
  "operationId": "narrowcast",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/progress/narrowcast` on https://api.line.me */
export const getNarrowcastProgress = {
  "operationId": "getNarrowcastProgress",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/broadcast` on https://api.line.me */
export const broadcast = {
  "operationId": "broadcast",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/validate/reply` on https://api.line.me */
export const validateReply = {
  "operationId": "validateReply",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/validate/push` on https://api.line.me */
export const validatePush = {
  "operationId": "validatePush",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/validate/multicast` on https://api.line.me */
export const validateMulticast = {
  "operationId": "validateMulticast",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/validate/narrowcast` on https://api.line.me */
export const validateNarrowcast = {
  "operationId": "validateNarrowcast",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/validate/broadcast` on https://api.line.me */
export const validateBroadcast = {
  "operationId": "validateBroadcast",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/quota` on https://api.line.me */
export const getMessageQuota = {
  "operationId": "getMessageQuota",
  "method": "GET",
  "path": "/v2/bot/message/quota",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/quota/consumption` on https://api.line.me */
export const getMessageQuotaConsumption = {
  "operationId": "getMessageQuotaConsumption",
  "method": "GET",
  "path": "/v2/bot/message/quota/consumption",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/delivery/reply` on https://api.line.me */
export const getNumberOfSentReplyMessages = {
  "operationId": "getNumberOfSentReplyMessages",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/delivery/push` on https://api.line.me */
export const getNumberOfSentPushMessages = {
  "operationId": "getNumberOfSentPushMessages",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/delivery/multicast` on https://api.line.me */
export const getNumberOfSentMulticastMessages = {
  "operationId": "getNumberOfSentMulticastMessages",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/delivery/broadcast` on https://api.line.me */
export const getNumberOfSentBroadcastMessages = {
  "operationId": "getNumberOfSentBroadcastMessages",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/aggregation/info` on https://api.line.me */
export const getAggregationUnitUsage = {
  "operationId": "getAggregationUnitUsage",
  "method": "GET",
  "path": "/v2/bot/message/aggregation/info",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/aggregation/list` on https://api.line.me */
export const getAggregationUnitNameList = {
  "operationId": "getAggregationUnitNameList",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/chat/loading/start` on https://api.line.me */
export const showLoadingAnimation = {
  "operationId": "showLoadingAnimation",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/message/markAsRead` on https://api.line.me */
export const markMessagesAsRead = {
  "operationId": "markMessagesAsRead",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/chat/markAsRead` on https://api.line.me */
export const markMessagesAsReadByToken = {
  "operationId": "markMessagesAsReadByToken",
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
} as const satisfies OperationEntry;

/** `POST /bot/pnp/push` on https://api.line.me */
export const pushMessagesByPhone = {
  "operationId": "pushMessagesByPhone",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/delivery/pnp` on https://api.line.me */
export const getPNPMessageStatistics = {
  "operationId": "getPNPMessageStatistics",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/profile/{userId}` on https://api.line.me */
export const getProfile = {
  "operationId": "getProfile",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/followers/ids` on https://api.line.me */
export const getFollowers = {
  "operationId": "getFollowers",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/info` on https://api.line.me */
export const getBotInfo = {
  "operationId": "getBotInfo",
  "method": "GET",
  "path": "/v2/bot/info",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/group/{groupId}/summary` on https://api.line.me */
export const getGroupSummary = {
  "operationId": "getGroupSummary",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/group/{groupId}/members/count` on https://api.line.me */
export const getGroupMemberCount = {
  "operationId": "getGroupMemberCount",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/group/{groupId}/members/ids` on https://api.line.me */
export const getGroupMembersIds = {
  "operationId": "getGroupMembersIds",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/group/{groupId}/member/{userId}` on https://api.line.me */
export const getGroupMemberProfile = {
  "operationId": "getGroupMemberProfile",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/group/{groupId}/leave` on https://api.line.me */
export const leaveGroup = {
  "operationId": "leaveGroup",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/room/{roomId}/members/count` on https://api.line.me */
export const getRoomMemberCount = {
  "operationId": "getRoomMemberCount",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/room/{roomId}/members/ids` on https://api.line.me */
export const getRoomMembersIds = {
  "operationId": "getRoomMembersIds",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/room/{roomId}/member/{userId}` on https://api.line.me */
export const getRoomMemberProfile = {
  "operationId": "getRoomMemberProfile",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/room/{roomId}/leave` on https://api.line.me */
export const leaveRoom = {
  "operationId": "leaveRoom",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu` on https://api.line.me */
export const createRichMenu = {
  "operationId": "createRichMenu",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/validate` on https://api.line.me */
export const validateRichMenuObject = {
  "operationId": "validateRichMenuObject",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/richmenu/list` on https://api.line.me */
export const getRichMenuList = {
  "operationId": "getRichMenuList",
  "method": "GET",
  "path": "/v2/bot/richmenu/list",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/richmenu/{richMenuId}` on https://api.line.me */
export const getRichMenu = {
  "operationId": "getRichMenu",
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
} as const satisfies OperationEntry;

/** `DELETE /v2/bot/richmenu/{richMenuId}` on https://api.line.me */
export const deleteRichMenu = {
  "operationId": "deleteRichMenu",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/user/all/richmenu/{richMenuId}` on https://api.line.me */
export const setDefaultRichMenu = {
  "operationId": "setDefaultRichMenu",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/user/all/richmenu` on https://api.line.me */
export const getDefaultRichMenuId = {
  "operationId": "getDefaultRichMenuId",
  "method": "GET",
  "path": "/v2/bot/user/all/richmenu",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `DELETE /v2/bot/user/all/richmenu` on https://api.line.me */
export const cancelDefaultRichMenu = {
  "operationId": "cancelDefaultRichMenu",
  "method": "DELETE",
  "path": "/v2/bot/user/all/richmenu",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/alias` on https://api.line.me */
export const createRichMenuAlias = {
  "operationId": "createRichMenuAlias",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/richmenu/alias/list` on https://api.line.me */
export const getRichMenuAliasList = {
  "operationId": "getRichMenuAliasList",
  "method": "GET",
  "path": "/v2/bot/richmenu/alias/list",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/richmenu/alias/{richMenuAliasId}` on https://api.line.me */
export const getRichMenuAlias = {
  "operationId": "getRichMenuAlias",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/alias/{richMenuAliasId}` on https://api.line.me */
export const updateRichMenuAlias = {
  "operationId": "updateRichMenuAlias",
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
} as const satisfies OperationEntry;

/** `DELETE /v2/bot/richmenu/alias/{richMenuAliasId}` on https://api.line.me */
export const deleteRichMenuAlias = {
  "operationId": "deleteRichMenuAlias",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/user/{userId}/richmenu` on https://api.line.me */
export const getRichMenuIdOfUser = {
  "operationId": "getRichMenuIdOfUser",
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
} as const satisfies OperationEntry;

/** `DELETE /v2/bot/user/{userId}/richmenu` on https://api.line.me */
export const unlinkRichMenuIdFromUser = {
  "operationId": "unlinkRichMenuIdFromUser",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/user/{userId}/richmenu/{richMenuId}` on https://api.line.me */
export const linkRichMenuIdToUser = {
  "operationId": "linkRichMenuIdToUser",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/bulk/link` on https://api.line.me */
export const linkRichMenuIdToUsers = {
  "operationId": "linkRichMenuIdToUsers",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/bulk/unlink` on https://api.line.me */
export const unlinkRichMenuIdFromUsers = {
  "operationId": "unlinkRichMenuIdFromUsers",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/batch` on https://api.line.me */
export const richMenuBatch = {
  "operationId": "richMenuBatch",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/validate/batch` on https://api.line.me */
export const validateRichMenuBatchRequest = {
  "operationId": "validateRichMenuBatchRequest",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/richmenu/progress/batch` on https://api.line.me */
export const getRichMenuBatchProgress = {
  "operationId": "getRichMenuBatchProgress",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/user/{userId}/linkToken` on https://api.line.me */
export const issueLinkToken = {
  "operationId": "issueLinkToken",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/{messageId}/content` on https://api-data.line.me */
export const getMessageContent = {
  "operationId": "getMessageContent",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/{messageId}/content/preview` on https://api-data.line.me */
export const getMessageContentPreview = {
  "operationId": "getMessageContentPreview",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/message/{messageId}/content/transcoding` on https://api-data.line.me */
export const getMessageContentTranscodingByMessageId = {
  "operationId": "getMessageContentTranscodingByMessageId",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/richmenu/{richMenuId}/content` on https://api-data.line.me */
export const getRichMenuImage = {
  "operationId": "getRichMenuImage",
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
} as const satisfies OperationEntry;

/** `POST /v2/bot/richmenu/{richMenuId}/content` on https://api-data.line.me */
export const setRichMenuImage = {
  "operationId": "setRichMenuImage",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/membership/subscription/{userId}` on https://api.line.me */
export const getMembershipSubscription = {
  "operationId": "getMembershipSubscription",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/membership/list` on https://api.line.me */
export const getMembershipList = {
  "operationId": "getMembershipList",
  "method": "GET",
  "path": "/v2/bot/membership/list",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": true,
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/membership/{membershipId}/users/ids` on https://api.line.me */
export const getJoinedMembershipUsers = {
  "operationId": "getJoinedMembershipUsers",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/coupon` on https://api.line.me */
export const listCoupon = {
  "operationId": "listCoupon",
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
  "commaQueryParams": [
    "status"
  ],
  "pagination": {
    "style": "token",
    "cursor": "start",
    "next": "next",
    "items": "items"
  }
} as const satisfies OperationEntry;

/** `POST /v2/bot/coupon` on https://api.line.me */
export const createCoupon = {
  "operationId": "createCoupon",
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
} as const satisfies OperationEntry;

/** `GET /v2/bot/coupon/{couponId}` on https://api.line.me */
export const getCouponDetail = {
  "operationId": "getCouponDetail",
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
} as const satisfies OperationEntry;

/** `PUT /v2/bot/coupon/{couponId}/close` on https://api.line.me */
export const closeCoupon = {
  "operationId": "closeCoupon",
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
} as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { replyMessage, pushMessage, multicast, narrowcast, getNarrowcastProgress, broadcast, validateReply, validatePush, validateMulticast, validateNarrowcast, validateBroadcast, getMessageQuota, getMessageQuotaConsumption, getNumberOfSentReplyMessages, getNumberOfSentPushMessages, getNumberOfSentMulticastMessages, getNumberOfSentBroadcastMessages, getAggregationUnitUsage, getAggregationUnitNameList, showLoadingAnimation, markMessagesAsRead, markMessagesAsReadByToken, pushMessagesByPhone, getPNPMessageStatistics, getProfile, getFollowers, getBotInfo, getGroupSummary, getGroupMemberCount, getGroupMembersIds, getGroupMemberProfile, leaveGroup, getRoomMemberCount, getRoomMembersIds, getRoomMemberProfile, leaveRoom, createRichMenu, validateRichMenuObject, getRichMenuList, getRichMenu, deleteRichMenu, setDefaultRichMenu, getDefaultRichMenuId, cancelDefaultRichMenu, createRichMenuAlias, getRichMenuAliasList, getRichMenuAlias, updateRichMenuAlias, deleteRichMenuAlias, getRichMenuIdOfUser, unlinkRichMenuIdFromUser, linkRichMenuIdToUser, linkRichMenuIdToUsers, unlinkRichMenuIdFromUsers, richMenuBatch, validateRichMenuBatchRequest, getRichMenuBatchProgress, issueLinkToken, getMessageContent, getMessageContentPreview, getMessageContentTranscodingByMessageId, getRichMenuImage, setRichMenuImage, getMembershipSubscription, getMembershipList, getJoinedMembershipUsers, listCoupon, createCoupon, getCouponDetail, closeCoupon } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    replyMessage: operations["replyMessage"];
    pushMessage: operations["pushMessage"];
    multicast: operations["multicast"];
    narrowcast: operations["narrowcast"];
    getNarrowcastProgress: operations["getNarrowcastProgress"];
    broadcast: operations["broadcast"];
    validateReply: operations["validateReply"];
    validatePush: operations["validatePush"];
    validateMulticast: operations["validateMulticast"];
    validateNarrowcast: operations["validateNarrowcast"];
    validateBroadcast: operations["validateBroadcast"];
    getMessageQuota: operations["getMessageQuota"];
    getMessageQuotaConsumption: operations["getMessageQuotaConsumption"];
    getNumberOfSentReplyMessages: operations["getNumberOfSentReplyMessages"];
    getNumberOfSentPushMessages: operations["getNumberOfSentPushMessages"];
    getNumberOfSentMulticastMessages: operations["getNumberOfSentMulticastMessages"];
    getNumberOfSentBroadcastMessages: operations["getNumberOfSentBroadcastMessages"];
    getAggregationUnitUsage: operations["getAggregationUnitUsage"];
    getAggregationUnitNameList: operations["getAggregationUnitNameList"];
    showLoadingAnimation: operations["showLoadingAnimation"];
    markMessagesAsRead: operations["markMessagesAsRead"];
    markMessagesAsReadByToken: operations["markMessagesAsReadByToken"];
    pushMessagesByPhone: operations["pushMessagesByPhone"];
    getPNPMessageStatistics: operations["getPNPMessageStatistics"];
    getProfile: operations["getProfile"];
    getFollowers: operations["getFollowers"];
    getBotInfo: operations["getBotInfo"];
    getGroupSummary: operations["getGroupSummary"];
    getGroupMemberCount: operations["getGroupMemberCount"];
    getGroupMembersIds: operations["getGroupMembersIds"];
    getGroupMemberProfile: operations["getGroupMemberProfile"];
    leaveGroup: operations["leaveGroup"];
    getRoomMemberCount: operations["getRoomMemberCount"];
    getRoomMembersIds: operations["getRoomMembersIds"];
    getRoomMemberProfile: operations["getRoomMemberProfile"];
    leaveRoom: operations["leaveRoom"];
    createRichMenu: operations["createRichMenu"];
    validateRichMenuObject: operations["validateRichMenuObject"];
    getRichMenuList: operations["getRichMenuList"];
    getRichMenu: operations["getRichMenu"];
    deleteRichMenu: operations["deleteRichMenu"];
    setDefaultRichMenu: operations["setDefaultRichMenu"];
    getDefaultRichMenuId: operations["getDefaultRichMenuId"];
    cancelDefaultRichMenu: operations["cancelDefaultRichMenu"];
    createRichMenuAlias: operations["createRichMenuAlias"];
    getRichMenuAliasList: operations["getRichMenuAliasList"];
    getRichMenuAlias: operations["getRichMenuAlias"];
    updateRichMenuAlias: operations["updateRichMenuAlias"];
    deleteRichMenuAlias: operations["deleteRichMenuAlias"];
    getRichMenuIdOfUser: operations["getRichMenuIdOfUser"];
    unlinkRichMenuIdFromUser: operations["unlinkRichMenuIdFromUser"];
    linkRichMenuIdToUser: operations["linkRichMenuIdToUser"];
    linkRichMenuIdToUsers: operations["linkRichMenuIdToUsers"];
    unlinkRichMenuIdFromUsers: operations["unlinkRichMenuIdFromUsers"];
    richMenuBatch: operations["richMenuBatch"];
    validateRichMenuBatchRequest: operations["validateRichMenuBatchRequest"];
    getRichMenuBatchProgress: operations["getRichMenuBatchProgress"];
    issueLinkToken: operations["issueLinkToken"];
    getMessageContent: operations["getMessageContent"];
    getMessageContentPreview: operations["getMessageContentPreview"];
    getMessageContentTranscodingByMessageId: operations["getMessageContentTranscodingByMessageId"];
    getRichMenuImage: operations["getRichMenuImage"];
    setRichMenuImage: operations["setRichMenuImage"];
    getMembershipSubscription: operations["getMembershipSubscription"];
    getMembershipList: operations["getMembershipList"];
    getJoinedMembershipUsers: operations["getJoinedMembershipUsers"];
    listCoupon: operations["listCoupon"];
    createCoupon: operations["createCoupon"];
    getCouponDetail: operations["getCouponDetail"];
    closeCoupon: operations["closeCoupon"];
  }
}
