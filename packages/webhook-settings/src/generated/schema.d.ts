// Generated from specs/webhook-settings.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/v2/bot/channel/webhook/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the webhook URL of the channel and whether webhook delivery is switched on. */
        get: operations["getWebhookEndpoint"];
        /** @description Point the channel's webhooks at a new HTTPS URL. */
        put: operations["setWebhookEndpoint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/channel/webhook/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Have LINE send a test request to a webhook URL (the saved one by default) and report how it went. */
        post: operations["testWebhookEndpoint"];
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
         * Format: uri
         * @description An HTTPS URL of at most 500 characters.
         */
        WebhookEndpointUrl: string;
        /** @description The channel's webhook settings. */
        GetWebhookEndpointResponse: {
            endpoint: components["schemas"]["WebhookEndpointUrl"];
            /** @description Whether "Use webhook" is switched on in the LINE Developers Console. */
            active: boolean;
        };
        /** @description The new webhook URL. */
        SetWebhookEndpointRequest: {
            endpoint: components["schemas"]["WebhookEndpointUrl"];
        };
        /** @description Which URL to test; leave `endpoint` out to test the saved one. */
        TestWebhookEndpointRequest: {
            endpoint?: components["schemas"]["WebhookEndpointUrl"];
        };
        /** @description How LINE's test delivery went. */
        TestWebhookEndpointResponse: {
            /** @description True when the endpoint answered with a 2xx status. */
            success: boolean;
            /**
             * Format: date-time
             * @description When the test request was sent (ISO 8601, UTC).
             */
            timestamp: string;
            /**
             * Format: int32
             * @description HTTP status the endpoint answered with; 0 when it could not be reached.
             */
            statusCode: number;
            /** @description Short reason, such as `OK`, `COULD_NOT_CONNECT` or `REQUEST_TIMEOUT`. */
            reason: string;
            /** @description More detail about the outcome (the status code or an error description). */
            detail: string;
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
export type WebhookEndpointUrl = components['schemas']['WebhookEndpointUrl'];
export type GetWebhookEndpointResponse = components['schemas']['GetWebhookEndpointResponse'];
export type SetWebhookEndpointRequest = components['schemas']['SetWebhookEndpointRequest'];
export type TestWebhookEndpointRequest = components['schemas']['TestWebhookEndpointRequest'];
export type TestWebhookEndpointResponse = components['schemas']['TestWebhookEndpointResponse'];
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
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current webhook settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpoint": "https://bot.example.com/line/webhook",
                     *       "active": true
                     *     }
                     */
                    "application/json": components["schemas"]["GetWebhookEndpointResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setWebhookEndpoint: {
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
                 *       "endpoint": "https://bot.example.com/line/webhook"
                 *     }
                 */
                "application/json": components["schemas"]["SetWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The URL was saved. The body is an empty JSON object. */
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
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "endpoint": "https://staging.example.com/line/webhook"
                 *     }
                 */
                "application/json": components["schemas"]["TestWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The outcome of the test delivery. A failed delivery is still a 200; read `success`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "timestamp": "2026-11-21T10:15:30.123Z",
                     *       "statusCode": 200,
                     *       "reason": "OK",
                     *       "detail": "200"
                     *     }
                     */
                    "application/json": components["schemas"]["TestWebhookEndpointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
