// Generated from specs/shop.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/shop/v3/mission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Let a user who completed a mission download a mission sticker set. */
        post: operations["missionStickerV3"];
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
        /** @description Who gets which mission sticker set. */
        MissionStickerRequest: {
            to: components["schemas"]["LineUserId"];
            /**
             * @description What is given; LINE takes only `STICKER`.
             * @enum {string}
             */
            productType: "STICKER";
            /** @description Package ID of the sticker set. */
            productId: string;
            /**
             * @description LINE takes only `false`.
             * @enum {boolean}
             */
            sendPresentMessage: false;
        };
        /**
         * @description ID of a LINE user as this channel sees it: `U` followed by 32 hexadecimal digits, or, for a module channel, 68 characters starting with `L`. It differs from the LINE ID users show each other.
         * @example U4af4980629a2b3c4d5e6f7a8b9c0d1e2
         */
        LineUserId: string;
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
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Identifier LINE assigns to every request; quote it when asking LINE support about a call. */
        RequestId: string;
    };
    pathItems: never;
}
export type MissionStickerRequest = components['schemas']['MissionStickerRequest'];
export type LineUserId = components['schemas']['LineUserId'];
export type EmptyResponse = components['schemas']['EmptyResponse'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type SentMessage = components['schemas']['SentMessage'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type HeaderRequestId = components['headers']['RequestId'];
export type $defs = Record<string, never>;
export interface operations {
    missionStickerV3: {
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
                 *       "to": "U4af4980629a2b3c4d5e6f7a8b9c0d1e2",
                 *       "productType": "STICKER",
                 *       "productId": "28142",
                 *       "sendPresentMessage": false
                 *     }
                 */
                "application/json": components["schemas"]["MissionStickerRequest"];
            };
        };
        responses: {
            /** @description The user may now download the sticker set. The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description The destination user ID is invalid (`invalid request`), the sticker set is not a mission sticker (`illegal argument`), or it is sent outside its sales period (`not_sales_period`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "invalid request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The channel has not been granted the mission sticker API (`not allowed to use the API`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "not allowed to use the API"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No sticker set has the package ID given as `productId` (`not found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
