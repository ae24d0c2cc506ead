// Generated from specs/token.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/oauth2/v3/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Issue a stateless channel access token, valid for 15 minutes and impossible to revoke. */
        post: operations["issueStatelessChannelToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/v2.1/tokens/kid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the key IDs of every v2.1 token of the channel that is still valid. */
        get: operations["getsAllValidChannelAccessTokenKeyIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/v2.1/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Issue a channel access token v2.1 in exchange for a JWT signed with the channel's assertion key. */
        post: operations["issueChannelTokenByJWT"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/v2.1/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Check that a v2.1 token is valid and read its channel, scope and remaining lifetime. */
        get: operations["verifyChannelTokenByJWT"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/v2.1/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Revoke a v2.1 token; needs the channel ID and secret as well as the token. */
        post: operations["revokeChannelTokenByJWT"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/oauth/accessToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Issue a short-lived (30 day) channel access token from the channel ID and secret. */
        post: operations["issueChannelToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/oauth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check a short-lived or long-lived token and read its channel, scope and remaining lifetime. */
        post: operations["verifyChannelToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Revoke a short-lived or long-lived token. */
        post: operations["revokeChannelToken"];
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
         * @description OAuth grant type; LINE only supports the client credentials grant here.
         * @enum {string}
         */
        GrantType: "client_credentials";
        /**
         * @description OAuth client assertion type for a JWT bearer assertion.
         * @enum {string}
         */
        ClientAssertionType: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
        /** @description Credentials for a stateless token, either as a JWT assertion or as channel ID and secret. */
        IssueStatelessChannelTokenRequest: components["schemas"]["StatelessTokenByAssertion"] | components["schemas"]["StatelessTokenBySecret"];
        /** @description Authenticate with a JWT signed by the channel's assertion signing key. */
        StatelessTokenByAssertion: {
            grant_type: components["schemas"]["GrantType"];
            client_assertion_type: components["schemas"]["ClientAssertionType"];
            /** @description The signed JWT. */
            client_assertion: string;
        };
        /** @description Authenticate with the channel ID and channel secret. */
        StatelessTokenBySecret: {
            grant_type: components["schemas"]["GrantType"];
            /** @description Channel ID. */
            client_id: string;
            /** @description Channel secret. */
            client_secret: string;
        };
        /** @description A stateless channel access token. */
        IssueStatelessChannelTokenResponse: {
            /**
             * @description Always `Bearer`.
             * @enum {string}
             */
            token_type: "Bearer";
            /** @description The token to send as `Authorization: Bearer …`. */
            access_token: string;
            /**
             * Format: int32
             * @description Seconds until the token expires (900).
             */
            expires_in: number;
        };
        /** @description Key IDs of the channel's valid v2.1 tokens. */
        ChannelAccessTokenKeyIdsResponse: {
            /** @description One key ID per valid token. */
            kids: string[];
        };
        /** @description A JWT assertion exchanged for a v2.1 token. */
        IssueChannelTokenByJWTRequest: {
            grant_type: components["schemas"]["GrantType"];
            client_assertion_type: components["schemas"]["ClientAssertionType"];
            /** @description The signed JWT; its `token_exp` claim sets the token lifetime (at most 30 days). */
            client_assertion: string;
        };
        /** @description A channel access token v2.1. */
        IssueChannelTokenByJWTResponse: {
            /** @description The token to send as `Authorization: Bearer …`. */
            access_token: string;
            /**
             * Format: int64
             * @description Seconds until the token expires.
             */
            expires_in: number;
            /**
             * @description Always `Bearer`.
             * @enum {string}
             */
            token_type: "Bearer";
            /** @description Identifies this token among the channel's valid tokens; keep it to revoke or audit later. */
            key_id: string;
        };
        /** @description What LINE knows about a valid token. */
        VerifyChannelTokenResponse: {
            /** @description Channel ID the token was issued for. */
            client_id: string;
            /**
             * Format: int64
             * @description Seconds left before the token expires.
             */
            expires_in: number;
            /** @description Space-separated permissions granted to the token. */
            scope?: string;
        };
        /** @description A v2.1 token to revoke, with the channel credentials that own it. */
        RevokeChannelTokenByJWTRequest: {
            /** @description Channel ID. */
            client_id: string;
            /** @description Channel secret. */
            client_secret: string;
            /** @description The v2.1 token to revoke. */
            access_token: string;
        };
        /** @description Channel credentials exchanged for a short-lived token. */
        IssueChannelTokenRequest: {
            grant_type: components["schemas"]["GrantType"];
            /** @description Channel ID. */
            client_id: string;
            /** @description Channel secret. */
            client_secret: string;
        };
        /** @description A short-lived channel access token. */
        IssueChannelTokenResponse: {
            /** @description The token to send as `Authorization: Bearer …`. */
            access_token: string;
            /**
             * Format: int64
             * @description Seconds until the token expires (30 days).
             */
            expires_in: number;
            /**
             * @description Always `Bearer`.
             * @enum {string}
             */
            token_type: "Bearer";
        };
        /** @description A short-lived or long-lived token to check. */
        VerifyChannelTokenRequest: {
            /** @description The token to check. */
            access_token: string;
        };
        /** @description A short-lived or long-lived token to revoke. */
        RevokeChannelTokenRequest: {
            /** @description The token to revoke. */
            access_token: string;
        };
        /** @description Error body of the OAuth-style token endpoints. */
        OAuthErrorResponse: {
            /** @description Machine-readable OAuth error code such as `invalid_request` or `invalid_client`. */
            error: string;
            /** @description Human-readable explanation of the error. */
            error_description?: string;
        };
    };
    responses: {
        /** @description The token request was rejected (bad credentials, bad assertion, unknown token). */
        OAuthBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_request",
                 *       "error_description": "access token expired"
                 *     }
                 */
                "application/json": components["schemas"]["OAuthErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Always `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`. */
        ClientAssertionTypeQuery: components["schemas"]["ClientAssertionType"];
        /** @description A JWT signed with the channel's assertion signing key (see `signClientAssertion`). */
        ClientAssertionQuery: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type GrantType = components['schemas']['GrantType'];
export type ClientAssertionType = components['schemas']['ClientAssertionType'];
export type IssueStatelessChannelTokenRequest = components['schemas']['IssueStatelessChannelTokenRequest'];
export type StatelessTokenByAssertion = components['schemas']['StatelessTokenByAssertion'];
export type StatelessTokenBySecret = components['schemas']['StatelessTokenBySecret'];
export type IssueStatelessChannelTokenResponse = components['schemas']['IssueStatelessChannelTokenResponse'];
export type ChannelAccessTokenKeyIdsResponse = components['schemas']['ChannelAccessTokenKeyIdsResponse'];
export type IssueChannelTokenByJwtRequest = components['schemas']['IssueChannelTokenByJWTRequest'];
export type IssueChannelTokenByJwtResponse = components['schemas']['IssueChannelTokenByJWTResponse'];
export type VerifyChannelTokenResponse = components['schemas']['VerifyChannelTokenResponse'];
export type RevokeChannelTokenByJwtRequest = components['schemas']['RevokeChannelTokenByJWTRequest'];
export type IssueChannelTokenRequest = components['schemas']['IssueChannelTokenRequest'];
export type IssueChannelTokenResponse = components['schemas']['IssueChannelTokenResponse'];
export type VerifyChannelTokenRequest = components['schemas']['VerifyChannelTokenRequest'];
export type RevokeChannelTokenRequest = components['schemas']['RevokeChannelTokenRequest'];
export type OAuthErrorResponse = components['schemas']['OAuthErrorResponse'];
export type ResponseOAuthBadRequest = components['responses']['OAuthBadRequest'];
export type ParameterClientAssertionTypeQuery = components['parameters']['ClientAssertionTypeQuery'];
export type ParameterClientAssertionQuery = components['parameters']['ClientAssertionQuery'];
export type $defs = Record<string, never>;
export interface operations {
    issueStatelessChannelToken: {
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
                 *       "grant_type": "client_credentials",
                 *       "client_id": "1234567890",
                 *       "client_secret": "8c2a0b7cf9d5b4b1e6f1a3c2d9e8f7a6"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["IssueStatelessChannelTokenRequest"];
            };
        };
        responses: {
            /** @description A new stateless token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token_type": "Bearer",
                     *       "access_token": "eyJhbGciOiJIUzI1NiJ9.stateless.example",
                     *       "expires_in": 900
                     *     }
                     */
                    "application/json": components["schemas"]["IssueStatelessChannelTokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    getsAllValidChannelAccessTokenKeyIds: {
        parameters: {
            query: {
                /** @description Always `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`. */
                client_assertion_type: components["parameters"]["ClientAssertionTypeQuery"];
                /** @description A JWT signed with the channel's assertion signing key (see `signClientAssertion`). */
                client_assertion: components["parameters"]["ClientAssertionQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Key IDs of the valid tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "kids": [
                     *         "U_gdnFYKTWRxxxxDVZexGg",
                     *         "sDTOzw5wIfWxxxxzcmeQA"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChannelAccessTokenKeyIdsResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    issueChannelTokenByJWT: {
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
                 *       "grant_type": "client_credentials",
                 *       "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                 *       "client_assertion": "eyJhbGciOiJSUzI1NiJ9.assertion.signature"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["IssueChannelTokenByJWTRequest"];
            };
        };
        responses: {
            /** @description A new v2.1 token and the key ID that names it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJIUzI1NiJ9.v21.example",
                     *       "expires_in": 2592000,
                     *       "token_type": "Bearer",
                     *       "key_id": "sDTOzw5wIfWxxxxzcmeQA"
                     *     }
                     */
                    "application/json": components["schemas"]["IssueChannelTokenByJWTResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    verifyChannelTokenByJWT: {
        parameters: {
            query: {
                /** @description The v2.1 token to check. */
                access_token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client_id": "1234567890",
                     *       "expires_in": 2591659,
                     *       "scope": "profile chat_message.write"
                     *     }
                     */
                    "application/json": components["schemas"]["VerifyChannelTokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    revokeChannelTokenByJWT: {
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
                 *       "client_id": "1234567890",
                 *       "client_secret": "8c2a0b7cf9d5b4b1e6f1a3c2d9e8f7a6",
                 *       "access_token": "eyJhbGciOiJIUzI1NiJ9.v21.example"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["RevokeChannelTokenByJWTRequest"];
            };
        };
        responses: {
            /** @description The token was revoked (or had already expired). No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    issueChannelToken: {
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
                 *       "grant_type": "client_credentials",
                 *       "client_id": "1234567890",
                 *       "client_secret": "8c2a0b7cf9d5b4b1e6f1a3c2d9e8f7a6"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["IssueChannelTokenRequest"];
            };
        };
        responses: {
            /** @description A new short-lived token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "W1TeHCgfH2Liwa.shortlived.example",
                     *       "expires_in": 2592000,
                     *       "token_type": "Bearer"
                     *     }
                     */
                    "application/json": components["schemas"]["IssueChannelTokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    verifyChannelToken: {
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
                 *       "access_token": "W1TeHCgfH2Liwa.shortlived.example"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["VerifyChannelTokenRequest"];
            };
        };
        responses: {
            /** @description The token is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client_id": "1234567890",
                     *       "expires_in": 2591659,
                     *       "scope": "P"
                     *     }
                     */
                    "application/json": components["schemas"]["VerifyChannelTokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    revokeChannelToken: {
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
                 *       "access_token": "W1TeHCgfH2Liwa.shortlived.example"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["RevokeChannelTokenRequest"];
            };
        };
        responses: {
            /** @description The token was revoked. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
}
