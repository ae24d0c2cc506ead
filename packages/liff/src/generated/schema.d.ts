// Generated from specs/liff.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/liff/v1/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List every LIFF app registered to the channel, with its settings. */
        get: operations["getAllLIFFApps"];
        put?: never;
        /** @description Register a new LIFF app on the channel and get its LIFF ID (at most 30 apps per channel). */
        post: operations["addLIFFApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/liff/v1/apps/{liffId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the LIFF app, as returned when it was added. */
                liffId: string;
            };
            cookie?: never;
        };
        get?: never;
        /** @description Change settings of a LIFF app; only the properties sent are changed. */
        put: operations["updateLIFFApp"];
        post?: never;
        /** @description Remove a LIFF app from the channel. */
        delete: operations["deleteLIFFApp"];
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
         * @description How much of the screen the LIFF browser takes: `compact` (about half), `tall` (most of it) or `full`.
         * @enum {string}
         */
        LiffViewType: "compact" | "tall" | "full";
        /**
         * Format: uri
         * @description URL of the web app the LIFF URL opens; HTTPS only, and without a `#fragment`.
         */
        LiffEndpointUrl: string;
        /** @description The LIFF app's view as LINE reports it. */
        LiffView: {
            type: components["schemas"]["LiffViewType"];
            url: components["schemas"]["LiffEndpointUrl"];
            /** @description True when the app runs in module mode (the header's action button is hidden). */
            moduleMode?: boolean;
        };
        /** @description The view of a new LIFF app. */
        AddLiffView: {
            type: components["schemas"]["LiffViewType"];
            url: components["schemas"]["LiffEndpointUrl"];
            /** @description `true` to use the app in module mode, which hides the action button in the header. */
            moduleMode?: boolean;
        };
        /** @description View settings to change; properties left out keep their value. */
        UpdateLiffView: {
            type?: components["schemas"]["LiffViewType"];
            url?: components["schemas"]["LiffEndpointUrl"];
            /** @description `true` to use the app in module mode, which hides the action button in the header. */
            moduleMode?: boolean;
        };
        /** @description Name of the LIFF app. LINE refuses names that contain "LINE" or a similar string, or inappropriate words. */
        LiffAppName: string;
        /** @description Optional LIFF features. */
        LiffFeatures: {
            /** @description `true` to let the app use the 2D code reader (default `false`). */
            qrCode?: boolean;
        };
        /**
         * @description How extra path and query of a LIFF URL are passed to the endpoint URL; LINE takes only `concat`.
         * @enum {string}
         */
        LiffPermanentLinkPattern: "concat";
        /**
         * @description Permission the app asks the user for, needed by some LIFF SDK methods: `openid`, `email` (the user's email address, which needs the channel's email permission), `profile`, or `chat_message.write` (sending messages as the user).
         * @enum {string}
         */
        LiffScope: "openid" | "email" | "profile" | "chat_message.write";
        /**
         * @description Whether and how the user is offered to add the channel's linked LINE Official Account as a friend: `normal` (an option on the consent screen), `aggressive` (a separate screen after the consent screen) or `none` (no offer).
         * @enum {string}
         */
        LiffBotPrompt: "normal" | "aggressive" | "none";
        /** @description Settings of a new LIFF app; only `view` is required. */
        AddLiffAppRequest: {
            view: components["schemas"]["AddLiffView"];
            description?: components["schemas"]["LiffAppName"];
            features?: components["schemas"]["LiffFeatures"];
            permanentLinkPattern?: components["schemas"]["LiffPermanentLinkPattern"];
            /** @description Permissions the app asks for. */
            scope?: components["schemas"]["LiffScope"][];
            botPrompt?: components["schemas"]["LiffBotPrompt"];
        };
        /** @description Settings to change; every property is optional and those left out keep their value. */
        UpdateLiffAppRequest: {
            view?: components["schemas"]["UpdateLiffView"];
            description?: components["schemas"]["LiffAppName"];
            features?: components["schemas"]["LiffFeatures"];
            permanentLinkPattern?: components["schemas"]["LiffPermanentLinkPattern"];
            /** @description Permissions the app asks for. */
            scope?: components["schemas"]["LiffScope"][];
            botPrompt?: components["schemas"]["LiffBotPrompt"];
        };
        /** @description The new app's ID. */
        AddLiffAppResponse: {
            /** @description ID of the new LIFF app; the LIFF URL is `https://liff.line.me/{liffId}`. */
            liffId: string;
        };
        /** @description A LIFF app and its settings. */
        LiffApp: {
            /** @description ID of the LIFF app. */
            liffId: string;
            view: components["schemas"]["LiffView"];
            /** @description Name of the LIFF app. */
            description?: string;
            /** @description The app's optional features, when any is set. */
            features?: {
                /** @description Whether the app may use the 2D code reader. */
                qrCode?: boolean;
            };
            /** @description How extra path and query of a LIFF URL are passed on (`concat`). */
            permanentLinkPattern?: string;
            /** @description Permissions the app asks for. */
            scope?: components["schemas"]["LiffScope"][];
            botPrompt?: components["schemas"]["LiffBotPrompt"];
        };
        /** @description The channel's LIFF apps. */
        GetAllLiffAppsResponse: {
            /** @description One entry per LIFF app. */
            apps: components["schemas"]["LiffApp"][];
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
        /** @description An empty JSON object, which LINE sends where an operation has nothing to report. */
        EmptyResponse: Record<string, never>;
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
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Identifier LINE assigns to every request; quote it when asking LINE support about a call. */
        RequestId: string;
    };
    pathItems: never;
}
export type LiffViewType = components['schemas']['LiffViewType'];
export type LiffEndpointUrl = components['schemas']['LiffEndpointUrl'];
export type LiffView = components['schemas']['LiffView'];
export type AddLiffView = components['schemas']['AddLiffView'];
export type UpdateLiffView = components['schemas']['UpdateLiffView'];
export type LiffAppName = components['schemas']['LiffAppName'];
export type LiffFeatures = components['schemas']['LiffFeatures'];
export type LiffPermanentLinkPattern = components['schemas']['LiffPermanentLinkPattern'];
export type LiffScope = components['schemas']['LiffScope'];
export type LiffBotPrompt = components['schemas']['LiffBotPrompt'];
export type AddLiffAppRequest = components['schemas']['AddLiffAppRequest'];
export type UpdateLiffAppRequest = components['schemas']['UpdateLiffAppRequest'];
export type AddLiffAppResponse = components['schemas']['AddLiffAppResponse'];
export type LiffApp = components['schemas']['LiffApp'];
export type GetAllLiffAppsResponse = components['schemas']['GetAllLiffAppsResponse'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type SentMessage = components['schemas']['SentMessage'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type EmptyResponse = components['schemas']['EmptyResponse'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type HeaderRequestId = components['headers']['RequestId'];
export type $defs = Record<string, never>;
export interface operations {
    getAllLIFFApps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel's LIFF apps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "apps": [
                     *         {
                     *           "liffId": "1657000000-AbCdEfGh",
                     *           "view": {
                     *             "type": "full",
                     *             "url": "https://shop.example.com/liff/catalogue"
                     *           },
                     *           "description": "Winter catalogue",
                     *           "features": {
                     *             "qrCode": false
                     *           },
                     *           "permanentLinkPattern": "concat",
                     *           "scope": [
                     *             "openid",
                     *             "profile"
                     *           ],
                     *           "botPrompt": "normal"
                     *         },
                     *         {
                     *           "liffId": "1657000000-XyZwVuTs",
                     *           "view": {
                     *             "type": "tall",
                     *             "url": "https://shop.example.com/liff/coupon",
                     *             "moduleMode": true
                     *           },
                     *           "description": "Coupon wallet",
                     *           "permanentLinkPattern": "concat",
                     *           "scope": [
                     *             "profile",
                     *             "chat_message.write"
                     *           ],
                     *           "botPrompt": "none"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetAllLiffAppsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The channel has no LIFF app. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "no LIFF app found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addLIFFApp: {
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
                 *       "view": {
                 *         "type": "full",
                 *         "url": "https://shop.example.com/liff/catalogue"
                 *       },
                 *       "description": "Winter catalogue",
                 *       "features": {
                 *         "qrCode": false
                 *       },
                 *       "permanentLinkPattern": "concat",
                 *       "scope": [
                 *         "openid",
                 *         "profile"
                 *       ],
                 *       "botPrompt": "normal"
                 *     }
                 */
                "application/json": components["schemas"]["AddLiffAppRequest"];
            };
        };
        responses: {
            /** @description The app was registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "liffId": "1657000000-AbCdEfGh"
                     *     }
                     */
                    "application/json": components["schemas"]["AddLiffAppResponse"];
                };
            };
            /** @description A value in the request is invalid, or the channel already has the most LIFF apps it may have (30). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "invalid view url"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateLIFFApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the LIFF app, as returned when it was added. */
                liffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "view": {
                 *         "url": "https://shop.example.com/liff/spring-catalogue"
                 *       },
                 *       "description": "Spring catalogue"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLiffAppRequest"];
            };
        };
        responses: {
            /** @description The settings were changed. The body is empty. */
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
            /** @description No LIFF app with this ID, or it belongs to another channel. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "LIFF app not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteLIFFApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the LIFF app, as returned when it was added. */
                liffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app was removed. The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No LIFF app with this ID, or it belongs to another channel. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "LIFF app not found"
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
