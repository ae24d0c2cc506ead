// Generated from specs/insight.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/v2/bot/insight/demographic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the share of friends per gender, age group, area, app type and friendship length. */
        get: operations["getFriendsDemographics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/insight/message/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the messages the account delivered on one day, per way of sending. */
        get: operations["getNumberOfMessageDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/insight/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the account's friends, the friends it can reach, and the blocks, as of one day. */
        get: operations["getNumberOfFollowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/insight/message/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read how users interacted with the messages of one broadcast or narrowcast request. */
        get: operations["getMessageEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/insight/message/event/aggregation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read interaction figures of all messages sent under one custom aggregation unit in a period. */
        get: operations["getStatisticsPerUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/insight/richmenu/{richMenuId}/summary": {
        parameters: {
            query: {
                /** @description First day of the period, `yyyyMMdd` in UTC+9. */
                from: components["parameters"]["RichMenuFromQuery"];
                /** @description Last day of the period, `yyyyMMdd` in UTC+9. */
                to: components["parameters"]["RichMenuToQuery"];
            };
            header?: never;
            path: {
                /** @description ID of a rich menu created with the Messaging API. */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        /** @description Read a rich menu's impression and tap totals for a period, overall and per tappable area. */
        get: operations["getRichMenuInsightSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/insight/richmenu/{richMenuId}/daily": {
        parameters: {
            query: {
                /** @description First day of the period, `yyyyMMdd` in UTC+9. */
                from: components["parameters"]["RichMenuFromQuery"];
                /** @description Last day of the period, `yyyyMMdd` in UTC+9. */
                to: components["parameters"]["RichMenuToQuery"];
            };
            header?: never;
            path: {
                /** @description ID of a rich menu created with the Messaging API. */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        /** @description Read a rich menu's impressions and taps day by day, overall and per tappable area. */
        get: operations["getRichMenuInsightDaily"];
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
         * @description A day as `yyyyMMdd` (for example `20261120`), in Japan time (UTC+9).
         * @example 20261120
         */
        InsightDate: string;
        /** @description A day as `yyyyMMdd` in UTC+9, or null when there are no figures. */
        NullableDate: string | null;
        /**
         * @description `ready` (figures are in the answer), `unready` (still being computed; try again later) or `out_of_service` (the day is before 20161103, when LINE started keeping these figures).
         * @enum {string}
         */
        InsightStatus: "ready" | "unready" | "out_of_service";
        /**
         * Format: double
         * @description Share of friends in percent (0 to 100, with decimals).
         */
        Percentage: number;
        /** @description Share of friends of one gender. */
        GenderTile: {
            /**
             * @description `male`, `female` or `unknown`.
             * @enum {string}
             */
            gender: "male" | "female" | "unknown";
            percentage: components["schemas"]["Percentage"];
        };
        /** @description Share of friends in one age group. */
        AgeTile: {
            /**
             * @description The age group, such as `from20to24`, `from50` (50 and over), `from70` or `unknown`.
             * @enum {string}
             */
            age: "from0to14" | "from15to19" | "from20to24" | "from25to29" | "from30to34" | "from35to39" | "from40to44" | "from45to49" | "from50" | "from50to54" | "from55to59" | "from60to64" | "from65to69" | "from70" | "unknown";
            percentage: components["schemas"]["Percentage"];
        };
        /** @description Share of friends in one area. */
        AreaTile: {
            /** @description Area name as LINE reports it (a prefecture, province or region), or `unknown`. */
            area: string;
            percentage: components["schemas"]["Percentage"];
        };
        /** @description Share of friends on one operating system. */
        AppTypeTile: {
            /**
             * @description `ios`, `android` or `others`.
             * @enum {string}
             */
            appType: "ios" | "android" | "others";
            percentage: components["schemas"]["Percentage"];
        };
        /** @description Share of friends by how long they have been friends. */
        SubscriptionPeriodTile: {
            /**
             * @description Length of the friendship, from `within7days` to `over365days`, or `unknown`.
             * @enum {string}
             */
            subscriptionPeriod: "within7days" | "within30days" | "within90days" | "within180days" | "within365days" | "over365days" | "unknown";
            percentage: components["schemas"]["Percentage"];
        };
        /** @description Friend demographics in percent. */
        GetFriendsDemographicsResponse: {
            /** @description False when the account has too few friends for demographics; the lists are then left out. */
            available: boolean;
            genders?: components["schemas"]["GenderTile"][];
            ages?: components["schemas"]["AgeTile"][];
            areas?: components["schemas"]["AreaTile"][];
            appTypes?: components["schemas"]["AppTypeTile"][];
            subscriptionPeriods?: components["schemas"]["SubscriptionPeriodTile"][];
        };
        /**
         * Format: int64
         * @description A number of messages or users.
         */
        Count: number;
        /** @description Messages delivered on one day, per way of sending. */
        GetNumberOfMessageDeliveriesResponse: {
            status: components["schemas"]["InsightStatus"];
            /** @description Broadcasts sent from LINE Official Account Manager. */
            broadcast?: components["schemas"]["Count"];
            /** @description Targeted messages sent from LINE Official Account Manager. */
            targeting?: components["schemas"]["Count"];
            /** @description Automatic responses. */
            autoResponse?: components["schemas"]["Count"];
            /** @description Greeting messages sent when a user adds the account. */
            welcomeResponse?: components["schemas"]["Count"];
            /** @description Messages sent from the chat screen of LINE Official Account Manager. */
            chat?: components["schemas"]["Count"];
            /** @description Broadcasts sent with the Messaging API. */
            apiBroadcast?: components["schemas"]["Count"];
            /** @description Push messages sent with the Messaging API. */
            apiPush?: components["schemas"]["Count"];
            /** @description Multicasts sent with the Messaging API. */
            apiMulticast?: components["schemas"]["Count"];
            /** @description Narrowcasts sent with the Messaging API. */
            apiNarrowcast?: components["schemas"]["Count"];
            /** @description Replies sent with the Messaging API. */
            apiReply?: components["schemas"]["Count"];
        };
        /** @description Friend counts as of one day. */
        GetNumberOfFollowersResponse: {
            status: components["schemas"]["InsightStatus"];
            /** @description Times a user added the account as a friend for the first time, up to that day; it does not go down when users block the account or leave LINE. */
            followers?: components["schemas"]["Count"];
            /** @description Friends the account can reach with messages targeted by gender, age or area (active users whose attributes LINE knows with high certainty). */
            targetedReaches?: components["schemas"]["Count"];
            /** @description Users blocking the account on that day; goes down when a user unblocks it. */
            blocks?: components["schemas"]["Count"];
        };
        /**
         * Format: int64
         * @description A count, or null when fewer than 20 users are behind it (LINE hides such figures for privacy, even when the count of events itself is 20 or more).
         */
        Figure: number | null;
        /** @description Figures for the request as a whole. */
        MessageEventOverview: {
            /** @description The request the figures belong to. */
            requestId: string;
            /**
             * Format: int64
             * @description When the messages were sent, in UNIX seconds.
             */
            timestamp: number;
            /**
             * Format: int64
             * @description How many users the messages were delivered to.
             */
            delivered: number;
            uniqueImpression?: components["schemas"]["Figure"];
            uniqueClick?: components["schemas"]["Figure"];
            uniqueMediaPlayed?: components["schemas"]["Figure"];
            uniqueMediaPlayed100Percent?: components["schemas"]["Figure"];
        };
        /** @description Figures of one message bubble, identified by its position `seq`. */
        MessageStatistics: {
            /**
             * Format: int32
             * @description Position of the message in the request, from 1.
             */
            seq: number;
            impression?: components["schemas"]["Figure"];
            mediaPlayed?: components["schemas"]["Figure"];
            mediaPlayed25Percent?: components["schemas"]["Figure"];
            mediaPlayed50Percent?: components["schemas"]["Figure"];
            mediaPlayed75Percent?: components["schemas"]["Figure"];
            mediaPlayed100Percent?: components["schemas"]["Figure"];
            uniqueMediaPlayed?: components["schemas"]["Figure"];
            uniqueMediaPlayed25Percent?: components["schemas"]["Figure"];
            uniqueMediaPlayed50Percent?: components["schemas"]["Figure"];
            uniqueMediaPlayed75Percent?: components["schemas"]["Figure"];
            uniqueMediaPlayed100Percent?: components["schemas"]["Figure"];
        };
        /** @description Taps on one URL of one message bubble. */
        ClickStatistics: {
            /**
             * Format: int32
             * @description Position of the message holding the URL, from 1.
             */
            seq: number;
            /** @description The URL as it was sent. */
            url: string;
            click?: components["schemas"]["Figure"];
            uniqueClick?: components["schemas"]["Figure"];
            uniqueClickOfRequest?: components["schemas"]["Figure"];
        };
        /** @description Interaction figures of one broadcast or narrowcast request. */
        GetMessageEventResponse: {
            overview: components["schemas"]["MessageEventOverview"];
            messages: components["schemas"]["MessageStatistics"][];
            clicks: components["schemas"]["ClickStatistics"][];
        };
        /** @description Figures for all messages of the unit together. */
        UnitOverview: {
            uniqueImpression?: components["schemas"]["Figure"];
            uniqueClick?: components["schemas"]["Figure"];
            uniqueMediaPlayed?: components["schemas"]["Figure"];
            uniqueMediaPlayed100Percent?: components["schemas"]["Figure"];
        };
        /** @description Interaction figures of one custom aggregation unit over a period. */
        GetStatisticsPerUnitResponse: {
            overview: components["schemas"]["UnitOverview"];
            messages: components["schemas"]["MessageStatistics"][];
            clicks: components["schemas"]["ClickStatistics"][];
        };
        /** @description A tappable area of the rich menu, in pixels of the menu image. */
        RichMenuAreaBounds: {
            /**
             * Format: int32
             * @description Left edge of the area.
             */
            x: number;
            /**
             * Format: int32
             * @description Top edge of the area.
             */
            y: number;
            /**
             * Format: int32
             * @description Width of the area.
             */
            width: number;
            /**
             * Format: int32
             * @description Height of the area.
             */
            height: number;
        };
        /** @description Events and (approximate) distinct users over the whole period. */
        RichMenuMetrics: {
            count: components["schemas"]["Count"];
            uniqueUsers: components["schemas"]["Count"];
        };
        /** @description Events and (approximate) distinct users on one day. */
        RichMenuDailyMetrics: {
            date: components["schemas"]["InsightDate"];
            count: components["schemas"]["Count"];
            uniqueUsers: components["schemas"]["Count"];
        };
        /** @description Impressions of the whole menu. */
        RichMenuSummaryImpression: {
            metrics: components["schemas"]["RichMenuMetrics"];
        };
        /** @description Taps on one area. */
        RichMenuSummaryClick: {
            bounds: components["schemas"]["RichMenuAreaBounds"];
            metrics: components["schemas"]["RichMenuMetrics"];
        };
        /** @description Impressions of the whole menu, per day. */
        RichMenuDailyImpression: {
            metrics: components["schemas"]["RichMenuDailyMetrics"][];
        };
        /** @description Taps on one area, per day. */
        RichMenuDailyClick: {
            bounds: components["schemas"]["RichMenuAreaBounds"];
            metrics: components["schemas"]["RichMenuDailyMetrics"][];
        };
        /** @description Totals of a rich menu made with the Messaging API. */
        GetRichMenuInsightSummaryResponse: {
            /** @description The rich menu the figures belong to. */
            richMenuId: string;
            metricsFrom?: components["schemas"]["NullableDate"];
            metricsTo?: components["schemas"]["NullableDate"];
            impression?: components["schemas"]["RichMenuSummaryImpression"];
            /** @description One entry per tappable area. */
            clicks?: components["schemas"]["RichMenuSummaryClick"][];
        };
        /** @description Daily figures of a rich menu made with the Messaging API. */
        GetRichMenuInsightDailyResponse: {
            /** @description The rich menu the figures belong to. */
            richMenuId: string;
            metricsFrom?: components["schemas"]["NullableDate"];
            metricsTo?: components["schemas"]["NullableDate"];
            impression?: components["schemas"]["RichMenuDailyImpression"];
            /** @description One entry per tappable area. */
            clicks?: components["schemas"]["RichMenuDailyClick"][];
        };
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
    };
    parameters: {
        /** @description ID of a rich menu created with the Messaging API. */
        RichMenuIdPath: string;
        /** @description First day of the period, `yyyyMMdd` in UTC+9. */
        RichMenuFromQuery: components["schemas"]["InsightDate"];
        /** @description Last day of the period, `yyyyMMdd` in UTC+9. */
        RichMenuToQuery: components["schemas"]["InsightDate"];
    };
    requestBodies: never;
    headers: {
        /** @description Identifier LINE assigns to every request; quote it when asking LINE support about a call. */
        RequestId: string;
    };
    pathItems: never;
}
export type InsightDate = components['schemas']['InsightDate'];
export type NullableDate = components['schemas']['NullableDate'];
export type InsightStatus = components['schemas']['InsightStatus'];
export type Percentage = components['schemas']['Percentage'];
export type GenderTile = components['schemas']['GenderTile'];
export type AgeTile = components['schemas']['AgeTile'];
export type AreaTile = components['schemas']['AreaTile'];
export type AppTypeTile = components['schemas']['AppTypeTile'];
export type SubscriptionPeriodTile = components['schemas']['SubscriptionPeriodTile'];
export type GetFriendsDemographicsResponse = components['schemas']['GetFriendsDemographicsResponse'];
export type Count = components['schemas']['Count'];
export type GetNumberOfMessageDeliveriesResponse = components['schemas']['GetNumberOfMessageDeliveriesResponse'];
export type GetNumberOfFollowersResponse = components['schemas']['GetNumberOfFollowersResponse'];
export type Figure = components['schemas']['Figure'];
export type MessageEventOverview = components['schemas']['MessageEventOverview'];
export type MessageStatistics = components['schemas']['MessageStatistics'];
export type ClickStatistics = components['schemas']['ClickStatistics'];
export type GetMessageEventResponse = components['schemas']['GetMessageEventResponse'];
export type UnitOverview = components['schemas']['UnitOverview'];
export type GetStatisticsPerUnitResponse = components['schemas']['GetStatisticsPerUnitResponse'];
export type RichMenuAreaBounds = components['schemas']['RichMenuAreaBounds'];
export type RichMenuMetrics = components['schemas']['RichMenuMetrics'];
export type RichMenuDailyMetrics = components['schemas']['RichMenuDailyMetrics'];
export type RichMenuSummaryImpression = components['schemas']['RichMenuSummaryImpression'];
export type RichMenuSummaryClick = components['schemas']['RichMenuSummaryClick'];
export type RichMenuDailyImpression = components['schemas']['RichMenuDailyImpression'];
export type RichMenuDailyClick = components['schemas']['RichMenuDailyClick'];
export type GetRichMenuInsightSummaryResponse = components['schemas']['GetRichMenuInsightSummaryResponse'];
export type GetRichMenuInsightDailyResponse = components['schemas']['GetRichMenuInsightDailyResponse'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type SentMessage = components['schemas']['SentMessage'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ParameterRichMenuIdPath = components['parameters']['RichMenuIdPath'];
export type ParameterRichMenuFromQuery = components['parameters']['RichMenuFromQuery'];
export type ParameterRichMenuToQuery = components['parameters']['RichMenuToQuery'];
export type HeaderRequestId = components['headers']['RequestId'];
export type $defs = Record<string, never>;
export interface operations {
    getFriendsDemographics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The demographics, computed from friends' estimated attributes. When `available` is false (too few friends) the lists are left out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "available": true,
                     *       "genders": [
                     *         {
                     *           "gender": "female",
                     *           "percentage": 51.3
                     *         },
                     *         {
                     *           "gender": "male",
                     *           "percentage": 45.1
                     *         },
                     *         {
                     *           "gender": "unknown",
                     *           "percentage": 3.6
                     *         }
                     *       ],
                     *       "ages": [
                     *         {
                     *           "age": "from20to24",
                     *           "percentage": 18.4
                     *         },
                     *         {
                     *           "age": "from50",
                     *           "percentage": 22
                     *         },
                     *         {
                     *           "age": "from50to54",
                     *           "percentage": 9.5
                     *         },
                     *         {
                     *           "age": "unknown",
                     *           "percentage": 2.1
                     *         }
                     *       ],
                     *       "areas": [
                     *         {
                     *           "area": "東京",
                     *           "percentage": 38.2
                     *         },
                     *         {
                     *           "area": "unknown",
                     *           "percentage": 4
                     *         }
                     *       ],
                     *       "appTypes": [
                     *         {
                     *           "appType": "ios",
                     *           "percentage": 61
                     *         },
                     *         {
                     *           "appType": "android",
                     *           "percentage": 38.5
                     *         },
                     *         {
                     *           "appType": "others",
                     *           "percentage": 0.5
                     *         }
                     *       ],
                     *       "subscriptionPeriods": [
                     *         {
                     *           "subscriptionPeriod": "within7days",
                     *           "percentage": 3.2
                     *         },
                     *         {
                     *           "subscriptionPeriod": "over365days",
                     *           "percentage": 57.9
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetFriendsDemographicsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getNumberOfMessageDeliveries: {
        parameters: {
            query: {
                /** @description The day to count, as `yyyyMMdd` in UTC+9 (for example `20261120`). */
                date: components["schemas"]["InsightDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. They are only present when `status` is `ready`; a way of sending that was not used that day may be left out as well. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "broadcast": 5385,
                     *       "targeting": 522,
                     *       "autoResponse": 14,
                     *       "welcomeResponse": 33,
                     *       "chat": 8,
                     *       "apiBroadcast": 1200,
                     *       "apiPush": 4217,
                     *       "apiMulticast": 380,
                     *       "apiNarrowcast": 961,
                     *       "apiReply": 7731
                     *     }
                     */
                    "application/json": components["schemas"]["GetNumberOfMessageDeliveriesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getNumberOfFollowers: {
        parameters: {
            query?: {
                /** @description The day, as `yyyyMMdd` in UTC+9. Figures exist from 20161103 on. */
                date?: components["schemas"]["InsightDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts; present only when `status` is `ready`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "followers": 7620,
                     *       "targetedReaches": 5848,
                     *       "blocks": 237
                     *     }
                     */
                    "application/json": components["schemas"]["GetNumberOfFollowersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageEvent: {
        parameters: {
            query: {
                /** @description The `x-line-request-id` returned when the broadcast or narrowcast was sent. */
                requestId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Figures for the whole request, per message bubble and per URL. A figure computed from fewer than 20 users is null (LINE hides it for privacy). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "overview": {
                     *         "requestId": "f70dd685-499a-4231-a441-f24b8d4fba21",
                     *         "timestamp": 1763619600,
                     *         "delivered": 32,
                     *         "uniqueImpression": 4,
                     *         "uniqueClick": null,
                     *         "uniqueMediaPlayed": 2,
                     *         "uniqueMediaPlayed100Percent": null
                     *       },
                     *       "messages": [
                     *         {
                     *           "seq": 1,
                     *           "impression": 18,
                     *           "mediaPlayed": 11,
                     *           "mediaPlayed25Percent": null,
                     *           "mediaPlayed50Percent": null,
                     *           "mediaPlayed75Percent": null,
                     *           "mediaPlayed100Percent": null,
                     *           "uniqueMediaPlayed": 2,
                     *           "uniqueMediaPlayed25Percent": null,
                     *           "uniqueMediaPlayed50Percent": null,
                     *           "uniqueMediaPlayed75Percent": null,
                     *           "uniqueMediaPlayed100Percent": null
                     *         }
                     *       ],
                     *       "clicks": [
                     *         {
                     *           "seq": 1,
                     *           "url": "https://shop.example.com/winter",
                     *           "click": null,
                     *           "uniqueClick": null,
                     *           "uniqueClickOfRequest": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetMessageEventResponse"];
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
    getStatisticsPerUnit: {
        parameters: {
            query: {
                /** @description The unit name given in `customAggregationUnits` when the messages were sent: 1 to 30 letters, digits or underscores, case-sensitive. */
                customAggregationUnit: string;
                /** @description First day of the period, `yyyyMMdd` in UTC+9. */
                from: components["schemas"]["InsightDate"];
                /** @description Last day of the period, `yyyyMMdd` in UTC+9; the period spans at most 30 days. */
                to: components["schemas"]["InsightDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Figures for the unit, per message bubble and per URL. A figure computed from fewer than 20 users is null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "overview": {
                     *         "uniqueImpression": 1284,
                     *         "uniqueClick": 211,
                     *         "uniqueMediaPlayed": null,
                     *         "uniqueMediaPlayed100Percent": null
                     *       },
                     *       "messages": [
                     *         {
                     *           "seq": 1,
                     *           "impression": 2033,
                     *           "mediaPlayed": null,
                     *           "mediaPlayed25Percent": null,
                     *           "mediaPlayed50Percent": null,
                     *           "mediaPlayed75Percent": null,
                     *           "mediaPlayed100Percent": null,
                     *           "uniqueMediaPlayed": null,
                     *           "uniqueMediaPlayed25Percent": null,
                     *           "uniqueMediaPlayed50Percent": null,
                     *           "uniqueMediaPlayed75Percent": null,
                     *           "uniqueMediaPlayed100Percent": null
                     *         }
                     *       ],
                     *       "clicks": [
                     *         {
                     *           "seq": 1,
                     *           "url": "https://shop.example.com/winter",
                     *           "click": 305,
                     *           "uniqueClick": 198,
                     *           "uniqueClickOfRequest": 211
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetStatisticsPerUnitResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRichMenuInsightSummary: {
        parameters: {
            query: {
                /** @description First day of the period, `yyyyMMdd` in UTC+9. */
                from: components["parameters"]["RichMenuFromQuery"];
                /** @description Last day of the period, `yyyyMMdd` in UTC+9. */
                to: components["parameters"]["RichMenuToQuery"];
            };
            header?: never;
            path: {
                /** @description ID of a rich menu created with the Messaging API. */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The totals; `metricsFrom`/`metricsTo` give the days the figures actually cover. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "richMenuId": "richmenu-8dc5a0e1b7d94f2a9c3e6b1d0f4a7c25",
                     *       "metricsFrom": "20261101",
                     *       "metricsTo": "20261119",
                     *       "impression": {
                     *         "metrics": {
                     *           "count": 48210,
                     *           "uniqueUsers": 9120
                     *         }
                     *       },
                     *       "clicks": [
                     *         {
                     *           "bounds": {
                     *             "x": 0,
                     *             "y": 0,
                     *             "width": 1250,
                     *             "height": 843
                     *           },
                     *           "metrics": {
                     *             "count": 3120,
                     *             "uniqueUsers": 1804
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetRichMenuInsightSummaryResponse"];
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
    getRichMenuInsightDaily: {
        parameters: {
            query: {
                /** @description First day of the period, `yyyyMMdd` in UTC+9. */
                from: components["parameters"]["RichMenuFromQuery"];
                /** @description Last day of the period, `yyyyMMdd` in UTC+9. */
                to: components["parameters"]["RichMenuToQuery"];
            };
            header?: never;
            path: {
                /** @description ID of a rich menu created with the Messaging API. */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per day that has figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "richMenuId": "richmenu-8dc5a0e1b7d94f2a9c3e6b1d0f4a7c25",
                     *       "metricsFrom": "20261118",
                     *       "metricsTo": "20261119",
                     *       "impression": {
                     *         "metrics": [
                     *           {
                     *             "date": "20261118",
                     *             "count": 2510,
                     *             "uniqueUsers": 830
                     *           },
                     *           {
                     *             "date": "20261119",
                     *             "count": 2644,
                     *             "uniqueUsers": 871
                     *           }
                     *         ]
                     *       },
                     *       "clicks": [
                     *         {
                     *           "bounds": {
                     *             "x": 1250,
                     *             "y": 0,
                     *             "width": 1250,
                     *             "height": 843
                     *           },
                     *           "metrics": [
                     *             {
                     *               "date": "20261118",
                     *               "count": 140,
                     *               "uniqueUsers": 97
                     *             },
                     *             {
                     *               "date": "20261119",
                     *               "count": 152,
                     *               "uniqueUsers": 101
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetRichMenuInsightDailyResponse"];
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
}
