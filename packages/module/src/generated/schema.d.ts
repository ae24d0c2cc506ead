// Generated from specs/module.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/module/auth/v1/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Attach the module channel to a LINE Official Account with the authorization code its admin granted. */
        post: operations["attachModule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/channel/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Detach the module channel from a LINE Official Account it is attached to. */
        post: operations["detachModule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/chat/{chatId}/control/acquire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Take chat control of one chat from the primary channel, for a time or until released. */
        post: operations["acquireChatControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/chat/{chatId}/control/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Hand chat control of one chat back to the primary channel. */
        post: operations["releaseChatControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List basic information of the bots the module channel is attached to, a page at a time. */
        get: operations["getModules"];
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
        /** @description The authorization code and the values of the authorization URL it was issued for. The optional values must repeat what that URL carried. */
        AttachModuleRequest: {
            /**
             * @description Always `authorization_code`.
             * @enum {string}
             */
            grant_type: "authorization_code";
            /** @description The authorization code LINE sent to the redirect URI. */
            code: string;
            /** @description The `redirect_uri` of the authorization URL. */
            redirect_uri: string;
            /** @description The PKCE code verifier, when the authorization URL carried a code challenge. */
            code_verifier?: string;
            /** @description The module channel's ID, when it is not sent as HTTP Basic credentials. */
            client_id?: string;
            /** @description The module channel's secret, when it is not sent as HTTP Basic credentials. */
            client_secret?: string;
            /** @description The `region` of the authorization URL, if it had one. */
            region?: string;
            /** @description The `basic_search_id` of the authorization URL, if it had one. */
            basic_search_id?: string;
            /** @description The `scope` of the authorization URL, if it had one. */
            scope?: string;
            /** @description The `brand_type` of the authorization URL, if it had one. */
            brand_type?: string;
        };
        /** @description The account the module channel is now attached to. */
        AttachModuleResponse: {
            bot_id: components["schemas"]["LineUserId"];
            /** @description Permissions (scopes) the account's admin granted. */
            scopes: string[];
        };
        /** @description Error body of the attach endpoint. */
        AttachModuleError: Record<string, never>;
        /** @description Which account to detach from. */
        DetachModuleRequest: {
            botId: components["schemas"]["LineUserId"];
        };
        /** @description How long the module channel keeps chat control. */
        AcquireChatControlRequest: {
            /**
             * @description `true` (the default): control returns to the primary channel after `ttl` seconds. `false`: no time limit.
             * @default true
             */
            expired?: boolean;
            /**
             * Format: int32
             * @description Seconds until control returns to the primary channel, when `expired` is true (default 3600).
             * @default 3600
             */
            ttl?: number;
        };
        /** @description Basic information of a bot the module is attached to. */
        ModuleBot: {
            userId: components["schemas"]["LineUserId"];
            /** @description The bot's basic ID. */
            basicId: string;
            /** @description The bot's premium ID; absent when none is set. */
            premiumId?: string;
            /** @description The bot's display name. */
            displayName: string;
            /** @description The bot's profile image URL (HTTPS); absent when it has none. */
            pictureUrl?: string;
        };
        /** @description One page of attached bots. */
        GetModulesResponse: {
            /** @description The bots of this page. */
            bots: components["schemas"]["ModuleBot"][];
            /** @description Pass as `start` to get the next page; absent on the last page. */
            next?: string;
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
        /** @description The chat: a user ID (for a module channel, the `L`-prefixed form), a group ID or a multi-person chat ID. */
        ChatIdPath: string;
    };
    requestBodies: never;
    headers: {
        /** @description Identifier LINE assigns to every request; quote it when asking LINE support about a call. */
        RequestId: string;
    };
    pathItems: never;
}
export type AttachModuleRequest = components['schemas']['AttachModuleRequest'];
export type AttachModuleResponse = components['schemas']['AttachModuleResponse'];
export type AttachModuleError = components['schemas']['AttachModuleError'];
export type DetachModuleRequest = components['schemas']['DetachModuleRequest'];
export type AcquireChatControlRequest = components['schemas']['AcquireChatControlRequest'];
export type ModuleBot = components['schemas']['ModuleBot'];
export type GetModulesResponse = components['schemas']['GetModulesResponse'];
export type LineUserId = components['schemas']['LineUserId'];
export type EmptyResponse = components['schemas']['EmptyResponse'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type SentMessage = components['schemas']['SentMessage'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterChatIdPath = components['parameters']['ChatIdPath'];
export type HeaderRequestId = components['headers']['RequestId'];
export type $defs = Record<string, never>;
export interface operations {
    attachModule: {
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
                 *       "grant_type": "authorization_code",
                 *       "code": "1uVbqhQ2jFkXhbWzdR3J",
                 *       "redirect_uri": "https://module.example.com/line/attached"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AttachModuleRequest"];
            };
        };
        responses: {
            /** @description The module channel is attached to the account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "bot_id": "U4af4980629a2b3c4d5e6f7a8b9c0d1e2",
                     *       "scopes": [
                     *         "message:send",
                     *         "message:receive"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AttachModuleResponse"];
                };
            };
            /** @description The authorization code, redirect URI or another parameter was not accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_request"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachModuleError"];
                };
            };
            /** @description The channel ID or channel secret was not accepted. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachModuleError"];
                };
            };
        };
    };
    detachModule: {
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
                 *       "botId": "U4af4980629a2b3c4d5e6f7a8b9c0d1e2"
                 *     }
                 */
                "application/json": components["schemas"]["DetachModuleRequest"];
            };
        };
        responses: {
            /** @description The module channel is detached. The body is empty. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    acquireChatControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat: a user ID (for a module channel, the `L`-prefixed form), a group ID or a multi-person chat ID. */
                chatId: components["parameters"]["ChatIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "expired": true,
                 *       "ttl": 600
                 *     }
                 */
                "application/json": components["schemas"]["AcquireChatControlRequest"];
            };
        };
        responses: {
            /** @description The module channel now has chat control. The body is empty. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    releaseChatControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat: a user ID (for a module channel, the `L`-prefixed form), a group ID or a multi-person chat ID. */
                chatId: components["parameters"]["ChatIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Chat control is back with the primary channel. The body is empty. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getModules: {
        parameters: {
            query?: {
                /** @description The `next` value of the previous page; leave out for the first page. */
                start?: string;
                /** @description Most bots to return in this page (LINE's default and maximum is 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of bots; `next` is present while more remain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetModulesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
