// Generated from specs/audience.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/v2/bot/audienceGroup/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Append up to 10,000 user IDs or IFAs (JSON) to an existing upload audience. */
        put: operations["addAudienceToAudienceGroup"];
        /** @description Create an upload audience from up to 10,000 user IDs or IFAs sent as JSON. */
        post: operations["createAudienceGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/upload/byFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Append the user IDs or IFAs of a text file (one per line) to an existing upload audience. */
        put: operations["addUserIdsToAudience"];
        /** @description Create an upload audience from a text file with one user ID or IFA per line. */
        post: operations["createAudienceForUploadingUserIds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create an audience of the users who tapped a URL in a broadcast or narrowcast message. */
        post: operations["createClickBasedAudienceGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/imp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create an audience of the users who opened a broadcast or narrowcast message. */
        post: operations["createImpBasedAudienceGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/{audienceGroupId}/updateDescription": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audience ID. */
                audienceGroupId: components["parameters"]["AudienceGroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /** @description Rename an audience (its `description`, which is the name shown in the tools). */
        put: operations["updateAudienceGroupDescription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/{audienceGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audience ID. */
                audienceGroupId: components["parameters"]["AudienceGroupIdPath"];
            };
            cookie?: never;
        };
        /** @description Read one audience of this channel together with its upload jobs. */
        get: operations["getAudienceData"];
        put?: never;
        post?: never;
        /** @description Delete an audience for good; narrowcasts can no longer target it. */
        delete: operations["deleteAudienceGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List this channel's audiences one page at a time, optionally filtered by name, status and origin. */
        get: operations["getAudienceGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/shared/{audienceGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audience ID. */
                audienceGroupId: components["parameters"]["AudienceGroupIdPath"];
            };
            cookie?: never;
        };
        /** @description Read one audience, including audiences shared with this channel through Business Manager. */
        get: operations["getSharedAudienceData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/audienceGroup/shared/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List audiences one page at a time, including those shared through Business Manager. */
        get: operations["getSharedAudienceGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: int64
         * @description Identifies an audience.
         */
        AudienceGroupId: number;
        /** @description The audience's name, at most 120 characters. LINE compares names case-insensitively, so `AUDIENCE` and `audience` are the same name. */
        AudienceDescription: string;
        /** @description A note stored with the upload job (shown as `jobs[].description`). */
        AudienceUploadDescription: string;
        /**
         * Format: int64
         * @description A point in time in UNIX seconds.
         */
        UnixTime: number;
        /** @description One recipient of an upload audience. */
        Audience: {
            /** @description A user ID, or an IFA when the audience was created with `isIfaAudience` true. */
            id: string;
        };
        /** @description A new upload audience and, optionally, its first recipients. */
        CreateAudienceGroupRequest: {
            description: components["schemas"]["AudienceDescription"];
            /** @description `true` when `audiences` holds IFAs; `false` (the default) when it holds user IDs. Cannot be changed later. */
            isIfaAudience?: boolean;
            uploadDescription?: components["schemas"]["AudienceUploadDescription"];
            /** @description Up to 10,000 user IDs or IFAs. Leave out to create an empty audience and fill it later. */
            audiences?: components["schemas"]["Audience"][];
        };
        /** @description Recipients to append to an upload audience. */
        AddAudienceToAudienceGroupRequest: {
            audienceGroupId: components["schemas"]["AudienceGroupId"];
            uploadDescription?: components["schemas"]["AudienceUploadDescription"];
            /** @description 1 to 10,000 user IDs or IFAs, of the same kind the audience was created with. */
            audiences: components["schemas"]["Audience"][];
        };
        /**
         * Format: binary
         * @description A plain-text file (`text/plain`) with one user ID or IFA per line, at most 1,500,000 lines. Only one file per request.
         */
        IdListFile: Blob;
        /** @description Form fields of a by-file audience creation. Fields left out are not sent. */
        CreateAudienceForUploadingUserIdsRequest: {
            description: components["schemas"]["AudienceDescription"];
            /** @description `true` when the file holds IFAs; `false` (the default) when it holds user IDs. */
            isIfaAudience?: boolean;
            uploadDescription?: components["schemas"]["AudienceUploadDescription"];
            file: components["schemas"]["IdListFile"];
        };
        /** @description Form fields of a by-file append. Fields left out are not sent. */
        AddUserIdsToAudienceRequest: {
            audienceGroupId: components["schemas"]["AudienceGroupId"];
            uploadDescription?: components["schemas"]["AudienceUploadDescription"];
            file: components["schemas"]["IdListFile"];
        };
        /** @description A retargeting audience of users who tapped a URL in an earlier message. */
        CreateClickBasedAudienceGroupRequest: {
            description: components["schemas"]["AudienceDescription"];
            /** @description The `x-line-request-id` of a broadcast or narrowcast sent within the last 60 days. Replies, pushes and multicasts cannot be used. */
            requestId: string;
            /** @description Only users who tapped this URL; leave out to include taps on any URL of the message. */
            clickUrl?: string;
        };
        /** @description A retargeting audience of users who opened an earlier message. */
        CreateImpBasedAudienceGroupRequest: {
            description: components["schemas"]["AudienceDescription"];
            /** @description The `x-line-request-id` of a broadcast or narrowcast sent within the last 60 days. */
            requestId: string;
        };
        /** @description The audience's new name. */
        UpdateAudienceGroupDescriptionRequest: {
            description: components["schemas"]["AudienceDescription"];
        };
        /**
         * @description How the audience is built: `UPLOAD` (user IDs or IFAs), `CLICK` (tapped a URL of a message), `IMP` (opened a message), `CHAT_TAG`, `FRIEND_PATH`, `RESERVATION`, `APP_EVENT`, `VIDEO_VIEW`, `WEBTRAFFIC`, `IMAGE_CLICK`, `RICHMENU_IMP`, `RICHMENU_CLICK`, `POP_AD_IMP` (LINE Beacon Network impressions) or `TRACKINGTAG_WEBTRAFFIC`. Only the first three can be created with this API.
         * @enum {string}
         */
        AudienceGroupType: "UPLOAD" | "CLICK" | "IMP" | "CHAT_TAG" | "FRIEND_PATH" | "RESERVATION" | "APP_EVENT" | "VIDEO_VIEW" | "WEBTRAFFIC" | "IMAGE_CLICK" | "RICHMENU_IMP" | "RICHMENU_CLICK" | "POP_AD_IMP" | "TRACKINGTAG_WEBTRAFFIC";
        /**
         * @description `IN_PROGRESS` (being built), `READY` (usable), `FAILED` (building failed, see `failedType`), `EXPIRED` (past its expiry, no longer usable), `INACTIVE` (deactivated) or `ACTIVATING` (being activated again).
         * @enum {string}
         */
        AudienceGroupStatus: "IN_PROGRESS" | "READY" | "FAILED" | "EXPIRED" | "INACTIVE" | "ACTIVATING";
        /**
         * @description Why building the audience failed: `AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT` (too few recipients) or `INTERNAL_ERROR`. Null unless `status` is `FAILED`.
         * @enum {string|null}
         */
        AudienceGroupFailedType: "AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT" | "INTERNAL_ERROR" | null;
        /**
         * @description `READ` (may only be used) or `READ_WRITE` (may be used and changed; every audience of this channel).
         * @enum {string}
         */
        AudienceGroupPermission: "READ" | "READ_WRITE";
        /**
         * @description Where the audience was made: `OA_MANAGER` (LINE Official Account Manager), `MESSAGING_API`, `POINT_AD` (LINE Points Ads) or `AD_MANAGER` (LINE Ads).
         * @enum {string}
         */
        AudienceGroupCreateRoute: "OA_MANAGER" | "MESSAGING_API" | "POINT_AD" | "AD_MANAGER";
        /** @description An audience as the list and get operations report it. */
        AudienceGroup: {
            audienceGroupId: components["schemas"]["AudienceGroupId"];
            type: components["schemas"]["AudienceGroupType"];
            /** @description The audience's name. */
            description: string;
            status: components["schemas"]["AudienceGroupStatus"];
            failedType?: components["schemas"]["AudienceGroupFailedType"];
            /**
             * Format: int64
             * @description How many recipients the audience holds.
             */
            audienceCount: number;
            created: components["schemas"]["UnixTime"];
            /** @description The message request the audience was built from; only for `CLICK` and `IMP` audiences. */
            requestId?: string;
            /** @description The URL the audience was built from; only for `CLICK` audiences created with one. */
            clickUrl?: string;
            /** @description Whether the recipients are IFAs (`true`) or user IDs (`false`). */
            isIfaAudience?: boolean;
            permission?: components["schemas"]["AudienceGroupPermission"];
            createRoute?: components["schemas"]["AudienceGroupCreateRoute"];
            /**
             * Format: int64
             * @description When the audience expires; only for some audience types.
             */
            expireTimestamp?: number;
            /** @description `true` while the audience is active; `false` once it was deactivated (see `inactivatedTimestamp`). */
            activated?: boolean;
            /**
             * Format: int64
             * @description When the audience was deactivated, in UNIX seconds; null while it is active.
             */
            inactivatedTimestamp?: number | null;
        };
        /**
         * @description What the job does; `DIFF_ADD` (adds recipients) is the only kind.
         * @enum {string}
         */
        AudienceGroupJobType: "DIFF_ADD";
        /**
         * @description `QUEUED`, `WORKING`, `FINISHED` or `FAILED` (see `failedType`).
         * @enum {string}
         */
        AudienceGroupJobStatus: "QUEUED" | "WORKING" | "FINISHED" | "FAILED";
        /**
         * @description Why the job failed; only present when `jobStatus` is `FAILED`.
         * @enum {string|null}
         */
        AudienceGroupJobFailedType: "INTERNAL_ERROR" | "AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT" | null;
        /** @description One upload into an upload audience (the creation itself or a later append). */
        AudienceGroupJob: {
            /**
             * Format: int64
             * @description The job ID.
             */
            audienceGroupJobId: number;
            audienceGroupId: components["schemas"]["AudienceGroupId"];
            /** @description The `uploadDescription` sent with the upload; null when none was sent. */
            description?: string | null;
            type: components["schemas"]["AudienceGroupJobType"];
            /**
             * @deprecated
             * @description Deprecated; read `jobStatus`.
             */
            status?: string;
            jobStatus: components["schemas"]["AudienceGroupJobStatus"];
            failedType?: components["schemas"]["AudienceGroupJobFailedType"];
            /**
             * Format: int64
             * @description How many recipients the job added.
             */
            audienceCount: number;
            created: components["schemas"]["UnixTime"];
        };
        /** @description The upload jobs of an upload audience, newest first, at most 50. Empty for every other audience type. */
        AudienceGroupJobs: components["schemas"]["AudienceGroupJob"][];
        /** @description The upload audience just created. */
        CreateAudienceGroupResponse: {
            audienceGroupId: components["schemas"]["AudienceGroupId"];
            createRoute?: components["schemas"]["AudienceGroupCreateRoute"];
            type: components["schemas"]["AudienceGroupType"];
            /** @description The audience's name. */
            description: string;
            created: components["schemas"]["UnixTime"];
            permission?: components["schemas"]["AudienceGroupPermission"];
            /**
             * Format: int64
             * @description When the audience expires.
             */
            expireTimestamp?: number;
            /** @description Whether the recipients are IFAs. */
            isIfaAudience?: boolean;
        };
        /** @description The click-based audience just created. */
        CreateClickBasedAudienceGroupResponse: {
            audienceGroupId: components["schemas"]["AudienceGroupId"];
            createRoute?: components["schemas"]["AudienceGroupCreateRoute"];
            type: components["schemas"]["AudienceGroupType"];
            /** @description The audience's name. */
            description: string;
            created: components["schemas"]["UnixTime"];
            permission?: components["schemas"]["AudienceGroupPermission"];
            /**
             * Format: int64
             * @description When the audience expires.
             */
            expireTimestamp?: number;
            /** @description Always `false` for this type. */
            isIfaAudience?: boolean;
            /** @description The message request the audience was built from. */
            requestId: string;
            /** @description The URL the audience was built from, when one was given. */
            clickUrl?: string;
        };
        /** @description The impression-based audience just created. */
        CreateImpBasedAudienceGroupResponse: {
            audienceGroupId: components["schemas"]["AudienceGroupId"];
            createRoute?: components["schemas"]["AudienceGroupCreateRoute"];
            type: components["schemas"]["AudienceGroupType"];
            /** @description The audience's name. */
            description: string;
            created: components["schemas"]["UnixTime"];
            permission?: components["schemas"]["AudienceGroupPermission"];
            /**
             * Format: int64
             * @description When the audience expires.
             */
            expireTimestamp?: number;
            /** @description Always `false` for this type. */
            isIfaAudience?: boolean;
            /** @description The message request the audience was built from. */
            requestId: string;
        };
        /** @description One audience with its jobs. */
        GetAudienceDataResponse: {
            audienceGroup: components["schemas"]["AudienceGroup"];
            jobs: components["schemas"]["AudienceGroupJobs"];
            adaccount?: components["schemas"]["Adaccount"];
        };
        /** @description The LINE Ads account that created the audience; only for audiences made in LINE Ads. */
        Adaccount: {
            /** @description The ad account's name. */
            name: string;
        };
        /** @description Who owns a shared audience. */
        DetailedOwner: {
            /** @description The service the audience was made in (for example `bm` for Business Manager). */
            serviceType?: string;
            /** @description The owner's ID in that service. */
            id?: string;
            /** @description The owner's account name. */
            name?: string;
        };
        /** @description One audience, own or shared, with its jobs and owner. */
        GetSharedAudienceDataResponse: {
            audienceGroup: components["schemas"]["AudienceGroup"];
            jobs: components["schemas"]["AudienceGroupJobs"];
            owner?: components["schemas"]["DetailedOwner"];
        };
        /** @description Paging figures shared by both list operations. */
        AudienceGroupPage: {
            /** @description The audiences of this page; empty when nothing matches the filters. */
            audienceGroups: components["schemas"]["AudienceGroup"][];
            /** @description `true` when another page follows. */
            hasNextPage: boolean;
            /**
             * Format: int64
             * @description How many audiences match the filters across all pages.
             */
            totalCount: number;
            /**
             * Format: int64
             * @description How many of the matching audiences have `READ_WRITE` permission.
             */
            readWriteAudienceGroupTotalCount: number;
            /**
             * Format: int64
             * @description The page number of this answer.
             */
            page: number;
            /**
             * Format: int64
             * @description The page size used.
             */
            size: number;
        };
        /** @description One page of this channel's audiences. */
        GetAudienceGroupsResponse: components["schemas"]["AudienceGroupPage"];
        /** @description One page of audiences, shared ones included. */
        GetSharedAudienceGroupsResponse: components["schemas"]["AudienceGroupPage"];
        /** @description An empty JSON object, which LINE sends where an operation has nothing to report. */
        EmptyResponse: Record<string, never>;
        /** @description One problem found in the request, tied to a field where possible. */
        ErrorDetail: {
            /** @description What is wrong with the field. */
            message?: string;
            /** @description JSON path of the offending field in the request body, for example `messages[0].text`. */
            property?: string;
        };
        /** @description A message LINE had already accepted when the request failed. */
        SentMessage: {
            /** @description ID of the accepted message. */
            id: string;
            /** @description Token that lets a later message quote this one. */
            quoteToken?: string;
        };
        /** @description Body LINE sends with most 4xx and 5xx answers of the bot API. */
        ErrorResponse: {
            /** @description Human-readable summary of what went wrong. */
            message: string;
            /** @description One entry per offending field, when LINE can point at one. */
            details?: components["schemas"]["ErrorDetail"][];
            /** @description Messages already accepted before the error, reported by the sending endpoints. */
            sentMessages?: components["schemas"]["SentMessage"][];
        };
    };
    responses: {
        /** @description The request broke a rule of the API (a field missing, too long, of the wrong type). */
        BadRequest: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The request body has 1 error(s)",
                 *       "details": [
                 *         {
                 *           "message": "May not be empty",
                 *           "property": "messages[0].text"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The channel access token is missing, malformed, expired or revoked. */
        Unauthorized: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Authentication failed due to the expired access token"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The channel is not allowed to use this endpoint (plan or permission missing). */
        Forbidden: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Access to this API is not available for your account"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The addressed resource does not exist or is not visible to this channel. */
        NotFound: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The rate limit or the monthly message quota was exceeded. */
        TooManyRequests: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The API rate limit has been exceeded. Try again later."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description LINE failed to process the request; safe to retry with the same retry key. */
        InternalServerError: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "An error occurred in the server"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The audience ID. */
        AudienceGroupIdPath: components["schemas"]["AudienceGroupId"];
        /** @description The page to return, counting from 1. */
        PageQuery: number;
        /** @description Return only audiences whose name contains this text (case-insensitive). */
        DescriptionQuery: string;
        /** @description Return only audiences in this status. */
        StatusQuery: components["schemas"]["AudienceGroupStatus"];
        /** @description How many audiences a page holds (1 to 40, 20 when left out). */
        SizeQuery: number;
        /** @description Return only audiences created this way. */
        CreateRouteQuery: components["schemas"]["AudienceGroupCreateRoute"];
    };
    requestBodies: never;
    headers: {
        /** @description Identifier LINE assigns to every request; quote it when asking LINE support about a call. */
        RequestId: string;
    };
    pathItems: never;
}
export type AudienceGroupId = components['schemas']['AudienceGroupId'];
export type AudienceDescription = components['schemas']['AudienceDescription'];
export type AudienceUploadDescription = components['schemas']['AudienceUploadDescription'];
export type UnixTime = components['schemas']['UnixTime'];
export type Audience = components['schemas']['Audience'];
export type CreateAudienceGroupRequest = components['schemas']['CreateAudienceGroupRequest'];
export type AddAudienceToAudienceGroupRequest = components['schemas']['AddAudienceToAudienceGroupRequest'];
export type IdListFile = components['schemas']['IdListFile'];
export type CreateAudienceForUploadingUserIdsRequest = components['schemas']['CreateAudienceForUploadingUserIdsRequest'];
export type AddUserIdsToAudienceRequest = components['schemas']['AddUserIdsToAudienceRequest'];
export type CreateClickBasedAudienceGroupRequest = components['schemas']['CreateClickBasedAudienceGroupRequest'];
export type CreateImpBasedAudienceGroupRequest = components['schemas']['CreateImpBasedAudienceGroupRequest'];
export type UpdateAudienceGroupDescriptionRequest = components['schemas']['UpdateAudienceGroupDescriptionRequest'];
export type AudienceGroupType = components['schemas']['AudienceGroupType'];
export type AudienceGroupStatus = components['schemas']['AudienceGroupStatus'];
export type AudienceGroupFailedType = components['schemas']['AudienceGroupFailedType'];
export type AudienceGroupPermission = components['schemas']['AudienceGroupPermission'];
export type AudienceGroupCreateRoute = components['schemas']['AudienceGroupCreateRoute'];
export type AudienceGroup = components['schemas']['AudienceGroup'];
export type AudienceGroupJobType = components['schemas']['AudienceGroupJobType'];
export type AudienceGroupJobStatus = components['schemas']['AudienceGroupJobStatus'];
export type AudienceGroupJobFailedType = components['schemas']['AudienceGroupJobFailedType'];
export type AudienceGroupJob = components['schemas']['AudienceGroupJob'];
export type AudienceGroupJobs = components['schemas']['AudienceGroupJobs'];
export type CreateAudienceGroupResponse = components['schemas']['CreateAudienceGroupResponse'];
export type CreateClickBasedAudienceGroupResponse = components['schemas']['CreateClickBasedAudienceGroupResponse'];
export type CreateImpBasedAudienceGroupResponse = components['schemas']['CreateImpBasedAudienceGroupResponse'];
export type GetAudienceDataResponse = components['schemas']['GetAudienceDataResponse'];
export type Adaccount = components['schemas']['Adaccount'];
export type DetailedOwner = components['schemas']['DetailedOwner'];
export type GetSharedAudienceDataResponse = components['schemas']['GetSharedAudienceDataResponse'];
export type AudienceGroupPage = components['schemas']['AudienceGroupPage'];
export type GetAudienceGroupsResponse = components['schemas']['GetAudienceGroupsResponse'];
export type GetSharedAudienceGroupsResponse = components['schemas']['GetSharedAudienceGroupsResponse'];
export type EmptyResponse = components['schemas']['EmptyResponse'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type SentMessage = components['schemas']['SentMessage'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterAudienceGroupIdPath = components['parameters']['AudienceGroupIdPath'];
export type ParameterPageQuery = components['parameters']['PageQuery'];
export type ParameterDescriptionQuery = components['parameters']['DescriptionQuery'];
export type ParameterStatusQuery = components['parameters']['StatusQuery'];
export type ParameterSizeQuery = components['parameters']['SizeQuery'];
export type ParameterCreateRouteQuery = components['parameters']['CreateRouteQuery'];
export type HeaderRequestId = components['headers']['RequestId'];
export type $defs = Record<string, never>;
export interface operations {
    addAudienceToAudienceGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "audienceGroupId": 4389303728991,
                 *       "uploadDescription": "second batch",
                 *       "audiences": [
                 *         {
                 *           "id": "U9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddAudienceToAudienceGroupRequest"];
            };
        };
        responses: {
            /** @description The IDs were accepted; LINE adds them in the background as a new job. The body is an empty JSON object. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createAudienceGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Spring sale buyers",
                 *       "isIfaAudience": false,
                 *       "uploadDescription": "first batch from the shop database",
                 *       "audiences": [
                 *         {
                 *           "id": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                 *         },
                 *         {
                 *           "id": "U0f1e2d3c4b5a69788796a5b4c3d2e1f0"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateAudienceGroupRequest"];
            };
        };
        responses: {
            /** @description The audience was created; LINE fills it in the background (see `status`). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroupId": 4389303728991,
                     *       "createRoute": "MESSAGING_API",
                     *       "type": "UPLOAD",
                     *       "description": "Spring sale buyers",
                     *       "created": 1763712000,
                     *       "permission": "READ_WRITE",
                     *       "expireTimestamp": 1779264000,
                     *       "isIfaAudience": false
                     *     }
                     */
                    "application/json": components["schemas"]["CreateAudienceGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addUserIdsToAudience: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "audienceGroupId": 4389303728992,
                 *       "uploadDescription": "subscribers-december.txt",
                 *       "file": "U9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d\n"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["AddUserIdsToAudienceRequest"];
            };
        };
        responses: {
            /** @description The file was accepted; LINE adds its IDs in the background as a new job. The body is an empty JSON object. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createAudienceForUploadingUserIds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Newsletter subscribers",
                 *       "isIfaAudience": false,
                 *       "uploadDescription": "subscribers.txt",
                 *       "file": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0\nU0f1e2d3c4b5a69788796a5b4c3d2e1f0\n"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["CreateAudienceForUploadingUserIdsRequest"];
            };
        };
        responses: {
            /** @description The audience was created; LINE reads the file in the background (see `status`). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroupId": 4389303728992,
                     *       "createRoute": "MESSAGING_API",
                     *       "type": "UPLOAD",
                     *       "description": "Newsletter subscribers",
                     *       "created": 1763712060,
                     *       "permission": "READ_WRITE",
                     *       "expireTimestamp": 1779264060,
                     *       "isIfaAudience": false
                     *     }
                     */
                    "application/json": components["schemas"]["CreateAudienceGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createClickBasedAudienceGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Tapped the winter catalogue link",
                 *       "requestId": "5f7ab3c2-8e1d-4c6b-9a0f-2d3e4b5c6a7d",
                 *       "clickUrl": "https://shop.example.com/winter"
                 *     }
                 */
                "application/json": components["schemas"]["CreateClickBasedAudienceGroupRequest"];
            };
        };
        responses: {
            /** @description The audience was created; LINE collects its members in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroupId": 4389303728993,
                     *       "createRoute": "MESSAGING_API",
                     *       "type": "CLICK",
                     *       "description": "Tapped the winter catalogue link",
                     *       "created": 1763712120,
                     *       "permission": "READ_WRITE",
                     *       "expireTimestamp": 1779264120,
                     *       "isIfaAudience": false,
                     *       "requestId": "5f7ab3c2-8e1d-4c6b-9a0f-2d3e4b5c6a7d",
                     *       "clickUrl": "https://shop.example.com/winter"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateClickBasedAudienceGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createImpBasedAudienceGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Opened the November newsletter",
                 *       "requestId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
                 *     }
                 */
                "application/json": components["schemas"]["CreateImpBasedAudienceGroupRequest"];
            };
        };
        responses: {
            /** @description The audience was created; LINE collects its members in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroupId": 4389303728994,
                     *       "type": "IMP",
                     *       "description": "Opened the November newsletter",
                     *       "created": 1763712180,
                     *       "requestId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateImpBasedAudienceGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateAudienceGroupDescription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audience ID. */
                audienceGroupId: components["parameters"]["AudienceGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Spring sale buyers (2026)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAudienceGroupDescriptionRequest"];
            };
        };
        responses: {
            /** @description The audience was renamed. The body is an empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAudienceData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audience ID. */
                audienceGroupId: components["parameters"]["AudienceGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audience and, for upload audiences, one job per upload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroup": {
                     *         "audienceGroupId": 4389303728992,
                     *         "type": "UPLOAD",
                     *         "description": "Newsletter subscribers",
                     *         "status": "READY",
                     *         "audienceCount": 1874,
                     *         "created": 1763712060,
                     *         "isIfaAudience": false,
                     *         "permission": "READ_WRITE",
                     *         "createRoute": "MESSAGING_API",
                     *         "expireTimestamp": 1779264060
                     *       },
                     *       "jobs": [
                     *         {
                     *           "audienceGroupJobId": 91827364,
                     *           "audienceGroupId": 4389303728992,
                     *           "description": "subscribers.txt",
                     *           "type": "DIFF_ADD",
                     *           "jobStatus": "FINISHED",
                     *           "audienceCount": 1874,
                     *           "created": 1763712061
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetAudienceDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteAudienceGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audience ID. */
                audienceGroupId: components["parameters"]["AudienceGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audience is being deleted. The body is an empty JSON object. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAudienceGroups: {
        parameters: {
            query: {
                /** @description The page to return, counting from 1. */
                page: components["parameters"]["PageQuery"];
                /** @description Return only audiences whose name contains this text (case-insensitive). */
                description?: components["parameters"]["DescriptionQuery"];
                /** @description Return only audiences in this status. */
                status?: components["parameters"]["StatusQuery"];
                /** @description How many audiences a page holds (1 to 40, 20 when left out). */
                size?: components["parameters"]["SizeQuery"];
                /** @description `true` (the default) also returns the public audiences of other channels linked to the same bot; `false` returns only the audiences created in this channel. */
                includesExternalPublicGroups?: boolean;
                /** @description Return only audiences created this way. */
                createRoute?: components["parameters"]["CreateRouteQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audiences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroups": [
                     *         {
                     *           "audienceGroupId": 4389303728993,
                     *           "type": "CLICK",
                     *           "description": "Tapped the winter catalogue link",
                     *           "status": "IN_PROGRESS",
                     *           "audienceCount": 0,
                     *           "created": 1763712120,
                     *           "requestId": "5f7ab3c2-8e1d-4c6b-9a0f-2d3e4b5c6a7d",
                     *           "clickUrl": "https://shop.example.com/winter",
                     *           "isIfaAudience": false,
                     *           "permission": "READ_WRITE",
                     *           "createRoute": "MESSAGING_API"
                     *         },
                     *         {
                     *           "audienceGroupId": 4389303728992,
                     *           "type": "UPLOAD",
                     *           "description": "Newsletter subscribers",
                     *           "status": "READY",
                     *           "audienceCount": 1874,
                     *           "created": 1763712060,
                     *           "isIfaAudience": false,
                     *           "permission": "READ_WRITE",
                     *           "createRoute": "MESSAGING_API"
                     *         }
                     *       ],
                     *       "hasNextPage": false,
                     *       "totalCount": 2,
                     *       "readWriteAudienceGroupTotalCount": 2,
                     *       "page": 1,
                     *       "size": 20
                     *     }
                     */
                    "application/json": components["schemas"]["GetAudienceGroupsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSharedAudienceData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audience ID. */
                audienceGroupId: components["parameters"]["AudienceGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audience, its upload jobs and, for shared audiences, who owns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroup": {
                     *         "audienceGroupId": 5120034817766,
                     *         "type": "CHAT_TAG",
                     *         "description": "VIP customers (tagged in chat)",
                     *         "status": "READY",
                     *         "audienceCount": 312,
                     *         "created": 1761033600,
                     *         "isIfaAudience": false,
                     *         "permission": "READ",
                     *         "createRoute": "OA_MANAGER"
                     *       },
                     *       "jobs": [],
                     *       "owner": {
                     *         "serviceType": "bm",
                     *         "id": "9f8e7d6c5b4a",
                     *         "name": "Example Holdings"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetSharedAudienceDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSharedAudienceGroups: {
        parameters: {
            query: {
                /** @description The page to return, counting from 1. */
                page: components["parameters"]["PageQuery"];
                /** @description Return only audiences whose name contains this text (case-insensitive). */
                description?: components["parameters"]["DescriptionQuery"];
                /** @description Return only audiences in this status. */
                status?: components["parameters"]["StatusQuery"];
                /** @description How many audiences a page holds (1 to 40, 20 when left out). */
                size?: components["parameters"]["SizeQuery"];
                /** @description Return only audiences created this way. */
                createRoute?: components["parameters"]["CreateRouteQuery"];
                /** @description `true` also returns the audiences this channel owns itself; `false` (the default) returns only the audiences shared with it through Business Manager. */
                includesOwnedAudienceGroups?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audiences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audienceGroups": [
                     *         {
                     *           "audienceGroupId": 5120034817766,
                     *           "type": "CHAT_TAG",
                     *           "description": "VIP customers (tagged in chat)",
                     *           "status": "READY",
                     *           "audienceCount": 312,
                     *           "created": 1761033600,
                     *           "isIfaAudience": false,
                     *           "permission": "READ",
                     *           "createRoute": "OA_MANAGER"
                     *         }
                     *       ],
                     *       "hasNextPage": false,
                     *       "totalCount": 1,
                     *       "readWriteAudienceGroupTotalCount": 0,
                     *       "page": 1,
                     *       "size": 40
                     *     }
                     */
                    "application/json": components["schemas"]["GetSharedAudienceGroupsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
