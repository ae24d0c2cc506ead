// Generated from specs/audience.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationTable } from "@linekit/core";

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = {
  "addAudienceToAudienceGroup": {
    "method": "PUT",
    "path": "/v2/bot/audienceGroup/upload",
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
  "createAudienceGroup": {
    "method": "POST",
    "path": "/v2/bot/audienceGroup/upload",
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
  "addUserIdsToAudience": {
    "method": "PUT",
    "path": "/v2/bot/audienceGroup/upload/byFile",
    "host": "https://api-data.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "multipart/form-data"
      ],
      "required": true
    }
  },
  "createAudienceForUploadingUserIds": {
    "method": "POST",
    "path": "/v2/bot/audienceGroup/upload/byFile",
    "host": "https://api-data.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "multipart/form-data"
      ],
      "required": true
    }
  },
  "createClickBasedAudienceGroup": {
    "method": "POST",
    "path": "/v2/bot/audienceGroup/click",
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
  "createImpBasedAudienceGroup": {
    "method": "POST",
    "path": "/v2/bot/audienceGroup/imp",
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
  "updateAudienceGroupDescription": {
    "method": "PUT",
    "path": "/v2/bot/audienceGroup/{audienceGroupId}/updateDescription",
    "host": "https://api.line.me",
    "pathParams": [
      "audienceGroupId"
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
  "getAudienceData": {
    "method": "GET",
    "path": "/v2/bot/audienceGroup/{audienceGroupId}",
    "host": "https://api.line.me",
    "pathParams": [
      "audienceGroupId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "deleteAudienceGroup": {
    "method": "DELETE",
    "path": "/v2/bot/audienceGroup/{audienceGroupId}",
    "host": "https://api.line.me",
    "pathParams": [
      "audienceGroupId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getAudienceGroups": {
    "method": "GET",
    "path": "/v2/bot/audienceGroup/list",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "page",
      "description",
      "status",
      "size",
      "includesExternalPublicGroups",
      "createRoute"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "pagination": {
      "style": "page",
      "page": "page",
      "hasNext": "hasNextPage",
      "items": "audienceGroups"
    }
  },
  "getSharedAudienceData": {
    "method": "GET",
    "path": "/v2/bot/audienceGroup/shared/{audienceGroupId}",
    "host": "https://api.line.me",
    "pathParams": [
      "audienceGroupId"
    ],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getSharedAudienceGroups": {
    "method": "GET",
    "path": "/v2/bot/audienceGroup/shared/list",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "page",
      "description",
      "status",
      "size",
      "createRoute",
      "includesOwnedAudienceGroups"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "pagination": {
      "style": "page",
      "page": "page",
      "hasNext": "hasNextPage",
      "items": "audienceGroups"
    }
  }
} as const satisfies OperationTable;
