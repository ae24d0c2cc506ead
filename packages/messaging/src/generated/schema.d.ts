/* eslint-disable */
// Generated from specs/messaging.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/v2/bot/profile/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the display name, picture, status message and language of a user who friended the bot. */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/followers/ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the user IDs of the account's friends, a page at a time (verified and premium accounts only). */
        get: operations["getFollowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the bot's own account details (IDs, display name, picture, chat and read modes). */
        get: operations["getBotInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/group/{groupId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the name and icon of a group chat the bot is in. */
        get: operations["getGroupSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/group/{groupId}/members/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the members of a group chat, the bot not included. */
        get: operations["getGroupMemberCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/group/{groupId}/members/ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the user IDs of a group chat's members, up to 100 a page (verified and premium accounts only). */
        get: operations["getGroupMembersIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/group/{groupId}/member/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the display name and picture of one member of a group chat, friend of the bot or not. */
        get: operations["getGroupMemberProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/group/{groupId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Make the bot leave a group chat. */
        post: operations["leaveGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/room/{roomId}/members/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the members of a multi-person chat, the bot not included. */
        get: operations["getRoomMemberCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/room/{roomId}/members/ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the user IDs of a multi-person chat's members, up to 100 a page (verified and premium accounts only). */
        get: operations["getRoomMembersIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/room/{roomId}/member/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the display name and picture of one member of a multi-person chat, friend of the bot or not. */
        get: operations["getRoomMemberProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/room/{roomId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Make the bot leave a multi-person chat. */
        post: operations["leaveRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Register a rich menu definition; upload its image next, then link it or make it the default. */
        post: operations["createRichMenu"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check a rich menu definition against LINE's rules without creating it. */
        post: operations["validateRichMenuObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List every rich menu created through the API for this channel. */
        get: operations["getRichMenuList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/{richMenuId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read one rich menu definition. */
        get: operations["getRichMenu"];
        put?: never;
        post?: never;
        /** @description Delete a rich menu; users it was linked to fall back to the default menu. */
        delete: operations["deleteRichMenu"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/user/all/richmenu/{richMenuId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Show a rich menu to every user who has no per-user rich menu. */
        post: operations["setDefaultRichMenu"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/user/all/richmenu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the ID of the default rich menu set through the API. */
        get: operations["getDefaultRichMenuId"];
        put?: never;
        post?: never;
        /** @description Clear the default rich menu set through the API. */
        delete: operations["cancelDefaultRichMenu"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create an alias that names a rich menu, for rich menu switch actions. */
        post: operations["createRichMenuAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/alias/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List every rich menu alias of the channel. */
        get: operations["getRichMenuAliasList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/alias/{richMenuAliasId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read which rich menu an alias points to. */
        get: operations["getRichMenuAlias"];
        put?: never;
        /** @description Point an existing alias at another rich menu. */
        post: operations["updateRichMenuAlias"];
        /** @description Delete a rich menu alias (the rich menu itself stays). */
        delete: operations["deleteRichMenuAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/user/{userId}/richmenu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the ID of the per-user rich menu linked to a user. */
        get: operations["getRichMenuIdOfUser"];
        put?: never;
        post?: never;
        /** @description Remove the per-user rich menu from a user. */
        delete: operations["unlinkRichMenuIdFromUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/user/{userId}/richmenu/{richMenuId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Link a rich menu to one user; it replaces the default menu for that user. */
        post: operations["linkRichMenuIdToUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/bulk/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Link one rich menu to up to 500 users; LINE applies it asynchronously. */
        post: operations["linkRichMenuIdToUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/bulk/unlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Remove the per-user rich menus of up to 500 users; LINE applies it asynchronously. */
        post: operations["unlinkRichMenuIdFromUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Replace or unlink the per-user rich menus of all users in one asynchronous batch. */
        post: operations["richMenuBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/validate/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check a batch control request without running it. */
        post: operations["validateRichMenuBatchRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/progress/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Poll how far a batch control request has got. */
        get: operations["getRichMenuBatchProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/user/{userId}/linkToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Issue a one-time link token for a user, to put in the account-linking URL sent to that user. */
        post: operations["issueLinkToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/{messageId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Download the image, video, audio or file a user sent, as bytes. */
        get: operations["getMessageContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/{messageId}/content/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Download a small JPEG preview of an image or video a user sent. */
        get: operations["getMessageContentPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/{messageId}/content/transcoding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Ask whether a video or audio a user sent is ready to download in full. */
        get: operations["getMessageContentTranscodingByMessageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/richmenu/{richMenuId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Download the image uploaded for a rich menu. */
        get: operations["getRichMenuImage"];
        put?: never;
        /** @description Upload the JPEG or PNG image of a rich menu (once per menu; at most 1 MB, same size as the menu). */
        post: operations["setRichMenuImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/membership/subscription/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the membership plan a user currently subscribes to, with the user's membership details. */
        get: operations["getMembershipSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/membership/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the membership plans the account offers. */
        get: operations["getMembershipList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/membership/{membershipId}/users/ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the user IDs of users who subscribe to a membership plan, a page at a time. */
        get: operations["getJoinedMembershipUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/coupon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the account's coupons, optionally only those in given states, a page at a time. */
        get: operations["listCoupon"];
        put?: never;
        /** @description Create a coupon with its reward, how users obtain it, when it is valid and who can see it. */
        post: operations["createCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/coupon/{couponId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read every setting and the current state of one coupon. */
        get: operations["getCouponDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/coupon/{couponId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description End a coupon early; users can no longer obtain or use it. */
        put: operations["closeCoupon"];
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
         * @description ID of a LINE user as this provider sees it: `U` followed by 32 hexadecimal digits. It differs from the LINE ID users show each other.
         * @example U4af4980629a2b3c4d5e6f7a8b9c0d1e2
         */
        LineUserId: string;
        /** @description Profile of one user, as the user chose to share it. */
        UserProfileResponse: {
            /** @description Name the user shows in LINE. */
            displayName: string;
            /** @description The user's ID for this channel. */
            userId: string;
            /**
             * Format: uri
             * @description HTTPS URL of the profile picture; absent when the user has none.
             */
            pictureUrl?: string;
            /** @description The user's status message; absent when empty. */
            statusMessage?: string;
            /** @description The user's language as a BCP 47 tag (for example `en`, `zh-Hant`); absent until the user has accepted LINE's privacy policy. */
            language?: string;
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
        /** @description One page of the friend list. */
        GetFollowersResponse: {
            /** @description User IDs of friends, in no guaranteed order; users who blocked the account are left out. */
            userIds: string[];
            /** @description Continuation token for the next page; absent on the last page. Valid for 24 hours. */
            next?: string;
        };
        /** @description The LINE Official Account behind the channel. */
        BotInfoResponse: {
            /** @description The bot's own user ID. */
            userId: string;
            /** @description Basic ID of the account, starting with `@`. */
            basicId: string;
            /** @description Premium ID, starting with `@`; only when one was bought. */
            premiumId?: string;
            /** @description The account's display name. */
            displayName: string;
            /**
             * Format: uri
             * @description HTTPS URL of the account's profile picture; absent when none is set.
             */
            pictureUrl?: string;
            /**
             * @description `chat` when chats are answered by hand in LINE Official Account Manager, `bot` when webhooks get them.
             * @enum {string}
             */
            chatMode: "chat" | "bot";
            /**
             * @description `auto` marks messages read as they arrive; `manual` leaves it to markMessagesAsReadByToken.
             * @enum {string}
             */
            markAsReadMode: "auto" | "manual";
        };
        /**
         * @description ID of a group chat: `C` followed by 32 hexadecimal digits.
         * @example Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e
         */
        LineGroupId: string;
        /** @description Name and icon of a group chat. */
        GroupSummaryResponse: {
            /** @description The group chat's ID. */
            groupId: string;
            /** @description The group chat's name. */
            groupName: string;
            /**
             * Format: uri
             * @description HTTPS URL of the group icon; absent when none is set.
             */
            pictureUrl?: string;
        };
        /** @description Number of members of a group chat. */
        GroupMemberCountResponse: {
            /**
             * Format: int32
             * @description Members of the chat, the bot not included; counts users who have not friended the bot too.
             */
            count: number;
        };
        /** @description One page of a group chat's member user IDs. */
        GroupMemberIdsResponse: {
            /** @description User IDs of members, at most 100 per page. */
            memberIds: string[];
            /** @description Continuation token for the next page; absent on the last page. */
            next?: string;
        };
        /** @description Profile of one member of a group chat. */
        GroupUserProfileResponse: {
            /** @description Name the member shows in LINE. */
            displayName: string;
            /** @description The member's user ID. */
            userId: string;
            /**
             * Format: uri
             * @description HTTPS URL of the member's profile picture; absent when none is set.
             */
            pictureUrl?: string;
        };
        /** @description An empty JSON object, which LINE sends where an operation has nothing to report. */
        EmptyResponse: Record<string, never>;
        /**
         * @description ID of a multi-person chat: `R` followed by 32 hexadecimal digits.
         * @example Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e
         */
        LineRoomId: string;
        /** @description Number of members of a multi-person chat. */
        RoomMemberCountResponse: {
            /**
             * Format: int32
             * @description Members of the chat, the bot not included; counts users who have not friended the bot too.
             */
            count: number;
        };
        /** @description One page of a multi-person chat's member user IDs. */
        RoomMemberIdsResponse: {
            /** @description User IDs of members, at most 100 per page. */
            memberIds: string[];
            /** @description Continuation token for the next page; absent on the last page. */
            next?: string;
        };
        /** @description Profile of one member of a multi-person chat. */
        RoomUserProfileResponse: {
            /** @description Name the member shows in LINE. */
            displayName: string;
            /** @description The member's user ID. */
            userId: string;
            /**
             * Format: uri
             * @description HTTPS URL of the member's profile picture; absent when none is set.
             */
            pictureUrl?: string;
        };
        /** @description Size of the rich menu image in pixels; the image uploaded later must match it. */
        RichMenuSize: {
            /**
             * Format: int32
             * @description Image width in pixels.
             */
            width: number;
            /**
             * Format: int32
             * @description Image height in pixels.
             */
            height: number;
        };
        /** @description A tappable rectangle, in pixels from the top-left corner of the image. */
        RichMenuBounds: {
            /**
             * Format: int32
             * @description Distance of the left edge from the image's left edge.
             */
            x: number;
            /**
             * Format: int32
             * @description Distance of the top edge from the image's top edge.
             */
            y: number;
            /**
             * Format: int32
             * @description Width of the rectangle.
             */
            width: number;
            /**
             * Format: int32
             * @description Height of the rectangle.
             */
            height: number;
        };
        /**
         * @description Text shown on the button (at most 20 characters).
         * @example Order
         */
        ActionLabel: string;
        /** @description Sends a postback event carrying `data` to the bot's webhook. */
        PostbackAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "postback";
            label?: components["schemas"]["ActionLabel"];
            /** @description String the webhook receives in `postback.data`. */
            data: string;
            /** @description Text shown in the chat as if the user had sent it (required on quick reply buttons). */
            displayText?: string;
            /**
             * @deprecated
             * @description Deprecated; text sent as a user message. Use `displayText` instead.
             */
            text?: string;
            /**
             * @description What the LINE app opens or closes after the tap (LINE 12.6.0 or later).
             * @enum {string}
             */
            inputOption?: "closeRichMenu" | "openRichMenu" | "openKeyboard" | "openVoice";
            /** @description Text put into the input field; only with `inputOption` `openKeyboard`. */
            fillInText?: string;
        };
        /** @description Makes the user send `text` as a message. */
        MessageAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message";
            label?: components["schemas"]["ActionLabel"];
            /** @description Text sent when the action runs. */
            text: string;
        };
        /** @description URLs used instead of `uri` on particular platforms. */
        UriActionAltUri: {
            /** @description URL opened by LINE for macOS and Windows. */
            desktop: string;
        };
        /** @description Opens a URL (http, https, line or tel scheme) in the LINE app. */
        UriAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "uri";
            label?: components["schemas"]["ActionLabel"];
            /** @description URL to open; `http`, `https`, `line` and `tel` schemes are accepted. */
            uri: string;
            altUri?: components["schemas"]["UriActionAltUri"];
        };
        /**
         * @description A date `yyyy-MM-dd`, a time `HH:mm` or both `yyyy-MM-ddTHH:mm`, in the format of the action's `mode`. Dates run from 1900-01-01 to 2100-12-31.
         * @example 2026-12-24T18:00
         */
        DatetimePickerValue: string;
        /** @description Lets the user pick a date and/or time; the choice comes back in a postback event. */
        DatetimePickerAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "datetimepicker";
            label?: components["schemas"]["ActionLabel"];
            /** @description String the webhook receives in `postback.data`. */
            data: string;
            /**
             * @description `date` (yyyy-MM-dd), `time` (HH:mm) or `datetime` (yyyy-MM-ddTHH:mm).
             * @enum {string}
             */
            mode: "date" | "time" | "datetime";
            initial?: components["schemas"]["DatetimePickerValue"];
            max?: components["schemas"]["DatetimePickerValue"];
            min?: components["schemas"]["DatetimePickerValue"];
        };
        /** @description Opens the camera (quick reply buttons only). */
        CameraAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "camera";
            label: components["schemas"]["ActionLabel"];
        };
        /** @description Opens the photo library (quick reply buttons only). */
        CameraRollAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "cameraRoll";
            label: components["schemas"]["ActionLabel"];
        };
        /** @description Opens the location picker (quick reply buttons only). */
        LocationAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location";
            label: components["schemas"]["ActionLabel"];
        };
        /** @description Switches the user's rich menu to the one behind an alias (rich menus only). */
        RichMenuSwitchAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "richmenuswitch";
            label?: components["schemas"]["ActionLabel"];
            /** @description Alias of the rich menu to switch to. */
            richMenuAliasId: string;
            /** @description String the webhook receives in `postback.data`. */
            data: string;
        };
        /** @description Copies `clipboardText` to the device's clipboard. */
        ClipboardAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "clipboard";
            label?: components["schemas"]["ActionLabel"];
            /** @description Text copied to the clipboard. */
            clipboardText: string;
        };
        /** @description One action; `type` tells which. */
        Action: components["schemas"]["PostbackAction"] | components["schemas"]["MessageAction"] | components["schemas"]["UriAction"] | components["schemas"]["DatetimePickerAction"] | components["schemas"]["CameraAction"] | components["schemas"]["CameraRollAction"] | components["schemas"]["LocationAction"] | components["schemas"]["RichMenuSwitchAction"] | components["schemas"]["ClipboardAction"];
        /** @description One tappable area of a rich menu and what tapping it does. */
        RichMenuArea: {
            bounds: components["schemas"]["RichMenuBounds"];
            action: components["schemas"]["Action"];
        };
        /** @description A rich menu definition, without its ID. */
        RichMenuRequest: {
            size: components["schemas"]["RichMenuSize"];
            /** @description Whether the menu opens expanded when the chat is opened. */
            selected: boolean;
            /** @description A name for managing the menu; users never see it. */
            name: string;
            /** @description Label of the bar under the chat that opens and closes the menu. */
            chatBarText: string;
            /** @description The tappable areas, at most 20. */
            areas: components["schemas"]["RichMenuArea"][];
        };
        /**
         * @description ID LINE gives a rich menu.
         * @example richmenu-88c05ef6921ae53f8b58a25f3a65faf7
         */
        RichMenuId: string;
        /** @description The ID of one rich menu. */
        RichMenuIdResponse: {
            richMenuId: components["schemas"]["RichMenuId"];
        };
        /** @description A rich menu definition with its ID. */
        RichMenuResponse: {
            richMenuId: components["schemas"]["RichMenuId"];
            size: components["schemas"]["RichMenuSize"];
            /** @description Whether the menu opens expanded when the chat is opened. */
            selected: boolean;
            /** @description The management name of the menu. */
            name: string;
            /** @description Label of the chat bar. */
            chatBarText: string;
            /** @description The tappable areas. */
            areas: components["schemas"]["RichMenuArea"][];
        };
        /** @description All rich menus of the channel. */
        RichMenuListResponse: {
            /** @description The rich menus (the property name is all lower case on the wire). */
            richmenus: components["schemas"]["RichMenuResponse"][];
        };
        /**
         * @description Alias ID of a rich menu; 1 to 32 half-width letters, digits, `-` or `_`.
         * @example richmenu-alias-a
         */
        RichMenuAliasId: string;
        /** @description A new alias and the rich menu it names. */
        CreateRichMenuAliasRequest: {
            richMenuAliasId: components["schemas"]["RichMenuAliasId"];
            richMenuId: components["schemas"]["RichMenuId"];
        };
        /** @description One alias and the rich menu it names. */
        RichMenuAliasResponse: {
            richMenuAliasId: components["schemas"]["RichMenuAliasId"];
            richMenuId: components["schemas"]["RichMenuId"];
        };
        /** @description All rich menu aliases of the channel. */
        RichMenuAliasListResponse: {
            /** @description The aliases. */
            aliases: components["schemas"]["RichMenuAliasResponse"][];
        };
        /** @description The rich menu an alias should name from now on. */
        UpdateRichMenuAliasRequest: {
            richMenuId: components["schemas"]["RichMenuId"];
        };
        /** @description 1 to 500 user IDs of friends of the account. */
        RichMenuUserIds: components["schemas"]["LineUserId"][];
        /** @description A rich menu and the users to link it to. */
        RichMenuBulkLinkRequest: {
            richMenuId: components["schemas"]["RichMenuId"];
            userIds: components["schemas"]["RichMenuUserIds"];
        };
        /** @description The users whose per-user rich menus to remove. */
        RichMenuBulkUnlinkRequest: {
            userIds: components["schemas"]["RichMenuUserIds"];
        };
        /** @description Users linked to rich menu `from` are linked to rich menu `to` instead. */
        RichMenuBatchLinkOperation: {
            /**
             * @description Replace one per-user rich menu with another. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "link";
            from: components["schemas"]["RichMenuId"];
            to: components["schemas"]["RichMenuId"];
        };
        /** @description Users linked to rich menu `from` lose that link. */
        RichMenuBatchUnlinkOperation: {
            /**
             * @description Remove one per-user rich menu from everyone who has it. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "unlink";
            from: components["schemas"]["RichMenuId"];
        };
        /** @description Every per-user rich menu link is removed. */
        RichMenuBatchUnlinkAllOperation: {
            /**
             * @description Remove all per-user rich menus. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "unlinkAll";
        };
        /** @description One step of a batch control request, chosen by `type`. */
        RichMenuBatchOperation: components["schemas"]["RichMenuBatchLinkOperation"] | components["schemas"]["RichMenuBatchUnlinkOperation"] | components["schemas"]["RichMenuBatchUnlinkAllOperation"];
        /** @description Operations applied, in order, to the per-user rich menus of all users. */
        RichMenuBatchRequest: {
            /** @description 1 to 1000 operations. */
            operations: components["schemas"]["RichMenuBatchOperation"][];
            /** @description Key that lets a failed batch be resumed: send the same operations again with the key used the first time, and users already processed are skipped. */
            resumeRequestKey?: string;
        };
        /** @description State of a batch control request. */
        RichMenuBatchProgressResponse: {
            /**
             * @description `ongoing` while running; `succeeded` or `failed` once finished.
             * @enum {string}
             */
            phase: "ongoing" | "succeeded" | "failed";
            /**
             * Format: date-time
             * @description When LINE accepted the batch (ISO 8601, milliseconds, UTC).
             */
            acceptedTime: string;
            /**
             * Format: date-time
             * @description When the batch finished; absent while `ongoing`.
             */
            completedTime?: string;
        };
        /** @description A new link token. */
        IssueLinkTokenResponse: {
            /** @description Token to add to the service's login URL as `linkToken`; expires after 10 minutes. */
            linkToken: string;
        };
        /**
         * Format: binary
         * @description Raw bytes of a file.
         */
        BinaryContent: Blob;
        /** @description Whether LINE has finished preparing a video or audio for download. */
        GetMessageContentTranscodingResponse: {
            /**
             * @description `processing` while LINE prepares it; `succeeded` when it can be downloaded; `failed` when it never will be.
             * @enum {string}
             */
            status: "processing" | "succeeded" | "failed";
        };
        /**
         * @description Currency of a plan's price.
         * @enum {string}
         */
        MembershipCurrency: "JPY" | "TWD" | "THB";
        /** @description A membership plan as a subscriber sees it. */
        MembershipPlan: {
            /**
             * Format: int64
             * @description ID of the plan.
             */
            membershipId: number;
            /** @description Name of the plan. */
            title: string;
            /** @description Description of the plan. */
            description: string;
            /** @description What members get, one entry per benefit. */
            benefits: string[];
            /** @description Monthly fee (tax included) in `currency`. */
            price: number;
            currency: components["schemas"]["MembershipCurrency"];
        };
        /** @description The user's side of a subscription. */
        MembershipSubscriber: {
            /**
             * Format: int32
             * @description The user's member number within the plan.
             */
            membershipNo: number;
            /**
             * Format: int64
             * @description When the user subscribed, in UNIX seconds.
             */
            joinedTime: number;
            /**
             * Format: date
             * @description Next billing day (`yyyy-MM-dd`, Japan time).
             */
            nextBillingDate: string;
            /**
             * Format: int32
             * @description Months subscribed since the latest (re-)subscription.
             */
            totalSubscriptionMonths: number;
        };
        /** @description One plan a user subscribes to. */
        MembershipSubscription: {
            membership: components["schemas"]["MembershipPlan"];
            user: components["schemas"]["MembershipSubscriber"];
        };
        /** @description A user's membership subscriptions. */
        GetMembershipSubscriptionResponse: {
            /** @description The plans the user subscribes to (a user can be in at most one plan of an account). */
            subscriptions: components["schemas"]["MembershipSubscription"][];
        };
        /** @description A membership plan as the account sees it, with its member counts and state. */
        MembershipPlanDetail: components["schemas"]["MembershipPlan"] & {
            /**
             * Format: int32
             * @description Users subscribed now.
             */
            memberCount: number;
            /**
             * Format: int32
             * @description Most users the plan accepts; `null` when unlimited.
             */
            memberLimit: number | null;
            /** @description Whether the plan is paid through in-app purchase. */
            isInApp: boolean;
            /** @description Whether the plan is published and open to new members. */
            isPublished: boolean;
        };
        /** @description The membership plans of the account. */
        MembershipListResponse: {
            /** @description The plans. */
            memberships: components["schemas"]["MembershipPlanDetail"][];
        };
        /** @description One page of subscriber user IDs. */
        GetJoinedMembershipUsersResponse: {
            /** @description User IDs of subscribers, at most `limit` per page. */
            userIds: string[];
            /** @description Continuation token for the next page; absent on the last page. */
            next?: string;
        };
        /**
         * @description State of a coupon: `DRAFT` (not started), `RUNNING` (obtainable) or `CLOSED` (ended or closed).
         * @enum {string}
         */
        CouponStatus: "DRAFT" | "RUNNING" | "CLOSED";
        /** @description A coupon as it appears in the list. */
        CouponListItem: {
            /** @description ID of the coupon. */
            couponId: string;
            /** @description Name of the coupon. */
            title: string;
        };
        /** @description One page of coupons. */
        CouponListResponse: {
            /** @description The coupons of this page. */
            items: components["schemas"]["CouponListItem"][];
            /** @description Continuation token for the next page; absent on the last page. */
            next?: string;
        };
        /** @description A fixed amount, in the account's currency. */
        CouponFixedPriceInfoRequest: {
            /**
             * @description A fixed amount. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "fixed";
            /**
             * Format: int64
             * @description The amount.
             */
            fixedAmount: number;
        };
        /** @description A percentage of the price. */
        CouponPercentagePriceInfoRequest: {
            /**
             * @description A percentage. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "percentage";
            /**
             * Format: int32
             * @description The percentage, 1 to 99.
             */
            percentage: number;
        };
        /** @description Original and discounted price spelled out (discounts only). */
        CouponExplicitPriceInfoRequest: {
            /**
             * @description Explicit before and after prices. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "explicit";
            /**
             * Format: int64
             * @description Price before the discount.
             */
            originalPrice?: number;
            /**
             * Format: int64
             * @description Price after the discount.
             */
            priceAfterDiscount?: number;
        };
        /** @description How large the discount is, chosen by `type`. */
        CouponDiscountPriceInfoRequest: components["schemas"]["CouponFixedPriceInfoRequest"] | components["schemas"]["CouponPercentagePriceInfoRequest"] | components["schemas"]["CouponExplicitPriceInfoRequest"];
        /** @description A discount on the price. */
        CouponDiscountRewardRequest: {
            /**
             * @description A price discount. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "discount";
            priceInfo: components["schemas"]["CouponDiscountPriceInfoRequest"];
        };
        /** @description How large the cash back is, chosen by `type`. */
        CouponCashBackPriceInfoRequest: components["schemas"]["CouponFixedPriceInfoRequest"] | components["schemas"]["CouponPercentagePriceInfoRequest"];
        /** @description Money paid back after purchase. */
        CouponCashBackRewardRequest: {
            /**
             * @description A cash-back reward. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "cashBack";
            priceInfo: components["schemas"]["CouponCashBackPriceInfoRequest"];
        };
        /** @description Something for free. */
        CouponFreeRewardRequest: {
            /**
             * @description A free item or service. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "free";
        };
        /** @description A present. */
        CouponGiftRewardRequest: {
            /**
             * @description A gift. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "gift";
        };
        /** @description Any other benefit, described in the coupon's text. */
        CouponOthersRewardRequest: {
            /**
             * @description Another kind of benefit. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "others";
        };
        /** @description What the coupon gives, chosen by `type`. */
        CouponRewardRequest: components["schemas"]["CouponDiscountRewardRequest"] | components["schemas"]["CouponCashBackRewardRequest"] | components["schemas"]["CouponFreeRewardRequest"] | components["schemas"]["CouponGiftRewardRequest"] | components["schemas"]["CouponOthersRewardRequest"];
        /** @description Every user who opens the coupon obtains it. */
        CouponNormalAcquisitionRequest: {
            /**
             * @description No lottery. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "normal";
        };
        /** @description Users draw a lottery and obtain the coupon only when they win. */
        CouponLotteryAcquisitionRequest: {
            /**
             * @description A lottery decides. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "lottery";
            /**
             * Format: int32
             * @description Chance of winning, in percent.
             */
            lotteryProbability: number;
            /**
             * Format: int32
             * @description Most coupons handed out in total; -1 for no limit.
             */
            maxAcquireCount: number;
        };
        /** @description How users obtain the coupon, chosen by `type`. */
        CouponAcquisitionConditionRequest: components["schemas"]["CouponNormalAcquisitionRequest"] | components["schemas"]["CouponLotteryAcquisitionRequest"];
        /**
         * @description Time zone in which the validity period is shown to users, such as `ASIA_TOKYO`.
         * @example ASIA_TOKYO
         */
        CouponTimezone: string;
        /**
         * @description Who can find the coupon: `PUBLIC` also lists it on the account's profile, `UNLISTED` only through messages and links, `PRIVATE` only through messages the account sends.
         * @enum {string}
         */
        CouponVisibility: "UNLISTED" | "PUBLIC" | "PRIVATE";
        /** @description A new coupon. Timestamps are UNIX seconds. */
        CouponCreateRequest: {
            /** @description Coupon name shown to users. */
            title: string;
            /** @description Details shown to users on the coupon. */
            description?: string;
            /** @description Conditions of use shown to users (for example "with purchases over 1,000 yen"). */
            usageCondition?: string;
            /**
             * Format: uri
             * @description HTTPS URL of the coupon's main image.
             */
            imageUrl?: string;
            /**
             * Format: uri
             * @description HTTPS URL of a barcode image shown for redemption in a shop.
             */
            barcodeImageUrl?: string;
            /** @description Code users show or enter to redeem the coupon. */
            couponCode?: string;
            reward?: components["schemas"]["CouponRewardRequest"];
            acquisitionCondition: components["schemas"]["CouponAcquisitionConditionRequest"];
            /**
             * Format: int64
             * @description Start of the validity period.
             */
            startTimestamp: number;
            /**
             * Format: int64
             * @description End of the validity period; the coupon cannot be used after it.
             */
            endTimestamp: number;
            /**
             * Format: int32
             * @description How often one obtained coupon can be used; -1 for no limit.
             */
            maxUseCountPerTicket: number;
            timezone: components["schemas"]["CouponTimezone"];
            visibility: components["schemas"]["CouponVisibility"];
        };
        /** @description The ID of the new coupon. */
        CouponCreateResponse: {
            /** @description ID to send, read or close the coupon with. */
            couponId: string;
        };
        /**
         * @description Currency of the amounts, set by LINE from the account's country.
         * @enum {string}
         */
        CouponCurrency: "JPY" | "THB" | "TWD";
        /** @description A fixed amount. */
        CouponFixedPriceInfoResponse: {
            /**
             * @description A fixed amount. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "fixed";
            /**
             * Format: int64
             * @description The amount.
             */
            fixedAmount?: number;
            currency?: components["schemas"]["CouponCurrency"];
        };
        /** @description A percentage of the price. */
        CouponPercentagePriceInfoResponse: {
            /**
             * @description A percentage. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "percentage";
            /**
             * Format: int32
             * @description The percentage.
             */
            percentage?: number;
        };
        /** @description Original and discounted price spelled out. */
        CouponExplicitPriceInfoResponse: {
            /**
             * @description Explicit before and after prices. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "explicit";
            /**
             * Format: int64
             * @description Price before the discount.
             */
            originalPrice?: number;
            /**
             * Format: int64
             * @description Price after the discount.
             */
            priceAfterDiscount?: number;
            currency?: components["schemas"]["CouponCurrency"];
        };
        /** @description How large the discount is, chosen by `type`. */
        CouponDiscountPriceInfoResponse: components["schemas"]["CouponFixedPriceInfoResponse"] | components["schemas"]["CouponPercentagePriceInfoResponse"] | components["schemas"]["CouponExplicitPriceInfoResponse"];
        /** @description A discount on the price. */
        CouponDiscountRewardResponse: {
            /**
             * @description A price discount. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "discount";
            priceInfo?: components["schemas"]["CouponDiscountPriceInfoResponse"];
        };
        /** @description How large the cash back is, chosen by `type`. */
        CouponCashBackPriceInfoResponse: components["schemas"]["CouponFixedPriceInfoResponse"] | components["schemas"]["CouponPercentagePriceInfoResponse"];
        /** @description Money paid back after purchase. */
        CouponCashBackRewardResponse: {
            /**
             * @description A cash-back reward. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "cashBack";
            priceInfo?: components["schemas"]["CouponCashBackPriceInfoResponse"];
        };
        /** @description Something for free. */
        CouponFreeRewardResponse: {
            /**
             * @description A free item or service. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "free";
        };
        /** @description A present. */
        CouponGiftRewardResponse: {
            /**
             * @description A gift. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "gift";
        };
        /** @description Another benefit. */
        CouponOthersRewardResponse: {
            /**
             * @description Another kind of benefit. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "others";
        };
        /** @description What the coupon gives, chosen by `type`. */
        CouponRewardResponse: components["schemas"]["CouponDiscountRewardResponse"] | components["schemas"]["CouponCashBackRewardResponse"] | components["schemas"]["CouponFreeRewardResponse"] | components["schemas"]["CouponGiftRewardResponse"] | components["schemas"]["CouponOthersRewardResponse"];
        /** @description Every user who opens the coupon obtains it. */
        CouponNormalAcquisitionResponse: {
            /**
             * @description No lottery. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "normal";
        };
        /** @description Users obtain the coupon only when they win a lottery. */
        CouponLotteryAcquisitionResponse: {
            /**
             * @description A lottery decides. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "lottery";
            /**
             * Format: int32
             * @description Chance of winning, in percent.
             */
            lotteryProbability?: number;
            /**
             * Format: int32
             * @description Most coupons handed out in total; -1 for no limit.
             */
            maxAcquireCount?: number;
        };
        /** @description How users obtain the coupon, chosen by `type`. */
        CouponAcquisitionConditionResponse: components["schemas"]["CouponNormalAcquisitionResponse"] | components["schemas"]["CouponLotteryAcquisitionResponse"];
        /** @description All settings and the state of one coupon. Timestamps are UNIX seconds. */
        CouponResponse: {
            /** @description ID of the coupon. */
            couponId: string;
            /** @description Name shown to users. */
            title: string;
            /** @description Details shown to users. */
            description?: string;
            /** @description Conditions of use shown to users. */
            usageCondition?: string;
            /**
             * Format: uri
             * @description URL of the main image.
             */
            imageUrl?: string;
            /**
             * Format: uri
             * @description URL of the barcode image.
             */
            barcodeImageUrl?: string;
            /** @description Code for redemption. */
            couponCode?: string;
            reward?: components["schemas"]["CouponRewardResponse"];
            acquisitionCondition?: components["schemas"]["CouponAcquisitionConditionResponse"];
            /**
             * Format: int64
             * @description Start of the validity period.
             */
            startTimestamp?: number;
            /**
             * Format: int64
             * @description End of the validity period.
             */
            endTimestamp?: number;
            /**
             * Format: int32
             * @description Uses allowed per obtained coupon; -1 for no limit.
             */
            maxUseCountPerTicket?: number;
            /**
             * Format: int32
             * @description How many times one user may obtain the coupon.
             */
            maxTicketPerUser?: number;
            /**
             * Format: int32
             * @description Most coupons handed out in total; -1 for no limit.
             */
            maxAcquireCount?: number;
            timezone?: components["schemas"]["CouponTimezone"];
            visibility?: components["schemas"]["CouponVisibility"];
            status: components["schemas"]["CouponStatus"];
            /**
             * Format: int64
             * @description When the coupon was created.
             */
            createdTimestamp?: number;
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
        /** @description The uploaded image is larger than 1 MB. */
        RichMenuImageTooLarge: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Request entity too large"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body is neither `image/jpeg` nor `image/png`. */
        RichMenuImageWrongType: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Unsupported media type"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
        UserIdPath: components["schemas"]["LineUserId"];
        /** @description A group chat ID (`C` followed by 32 hex digits), as found in webhook event sources. */
        GroupIdPath: components["schemas"]["LineGroupId"];
        /** @description A multi-person chat ID (`R` followed by 32 hex digits), as found in webhook event sources. */
        RoomIdPath: components["schemas"]["LineRoomId"];
        /** @description A rich menu ID as returned by createRichMenu (`richmenu-` followed by 32 hex digits). */
        RichMenuIdPath: components["schemas"]["RichMenuId"];
        /** @description A rich menu alias ID chosen when the alias was created. */
        RichMenuAliasIdPath: components["schemas"]["RichMenuAliasId"];
        /** @description ID of a message a user sent, from the webhook message event (a string of digits). */
        MessageIdPath: string;
        /** @description ID of one membership plan of the LINE Official Account. */
        MembershipIdPath: number;
        /** @description ID of a coupon as returned by createCoupon. */
        CouponIdPath: string;
    };
    requestBodies: never;
    headers: {
        /** @description Identifier LINE assigns to every request; quote it when asking LINE support about a call. */
        RequestId: string;
    };
    pathItems: never;
}
export type LineUserId = components['schemas']['LineUserId'];
export type UserProfileResponse = components['schemas']['UserProfileResponse'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type SentMessage = components['schemas']['SentMessage'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type GetFollowersResponse = components['schemas']['GetFollowersResponse'];
export type BotInfoResponse = components['schemas']['BotInfoResponse'];
export type LineGroupId = components['schemas']['LineGroupId'];
export type GroupSummaryResponse = components['schemas']['GroupSummaryResponse'];
export type GroupMemberCountResponse = components['schemas']['GroupMemberCountResponse'];
export type GroupMemberIdsResponse = components['schemas']['GroupMemberIdsResponse'];
export type GroupUserProfileResponse = components['schemas']['GroupUserProfileResponse'];
export type EmptyResponse = components['schemas']['EmptyResponse'];
export type LineRoomId = components['schemas']['LineRoomId'];
export type RoomMemberCountResponse = components['schemas']['RoomMemberCountResponse'];
export type RoomMemberIdsResponse = components['schemas']['RoomMemberIdsResponse'];
export type RoomUserProfileResponse = components['schemas']['RoomUserProfileResponse'];
export type RichMenuSize = components['schemas']['RichMenuSize'];
export type RichMenuBounds = components['schemas']['RichMenuBounds'];
export type ActionLabel = components['schemas']['ActionLabel'];
export type PostbackAction = components['schemas']['PostbackAction'];
export type MessageAction = components['schemas']['MessageAction'];
export type UriActionAltUri = components['schemas']['UriActionAltUri'];
export type UriAction = components['schemas']['UriAction'];
export type DatetimePickerValue = components['schemas']['DatetimePickerValue'];
export type DatetimePickerAction = components['schemas']['DatetimePickerAction'];
export type CameraAction = components['schemas']['CameraAction'];
export type CameraRollAction = components['schemas']['CameraRollAction'];
export type LocationAction = components['schemas']['LocationAction'];
export type RichMenuSwitchAction = components['schemas']['RichMenuSwitchAction'];
export type ClipboardAction = components['schemas']['ClipboardAction'];
export type Action = components['schemas']['Action'];
export type RichMenuArea = components['schemas']['RichMenuArea'];
export type RichMenuRequest = components['schemas']['RichMenuRequest'];
export type RichMenuId = components['schemas']['RichMenuId'];
export type RichMenuIdResponse = components['schemas']['RichMenuIdResponse'];
export type RichMenuResponse = components['schemas']['RichMenuResponse'];
export type RichMenuListResponse = components['schemas']['RichMenuListResponse'];
export type RichMenuAliasId = components['schemas']['RichMenuAliasId'];
export type CreateRichMenuAliasRequest = components['schemas']['CreateRichMenuAliasRequest'];
export type RichMenuAliasResponse = components['schemas']['RichMenuAliasResponse'];
export type RichMenuAliasListResponse = components['schemas']['RichMenuAliasListResponse'];
export type UpdateRichMenuAliasRequest = components['schemas']['UpdateRichMenuAliasRequest'];
export type RichMenuUserIds = components['schemas']['RichMenuUserIds'];
export type RichMenuBulkLinkRequest = components['schemas']['RichMenuBulkLinkRequest'];
export type RichMenuBulkUnlinkRequest = components['schemas']['RichMenuBulkUnlinkRequest'];
export type RichMenuBatchLinkOperation = components['schemas']['RichMenuBatchLinkOperation'];
export type RichMenuBatchUnlinkOperation = components['schemas']['RichMenuBatchUnlinkOperation'];
export type RichMenuBatchUnlinkAllOperation = components['schemas']['RichMenuBatchUnlinkAllOperation'];
export type RichMenuBatchOperation = components['schemas']['RichMenuBatchOperation'];
export type RichMenuBatchRequest = components['schemas']['RichMenuBatchRequest'];
export type RichMenuBatchProgressResponse = components['schemas']['RichMenuBatchProgressResponse'];
export type IssueLinkTokenResponse = components['schemas']['IssueLinkTokenResponse'];
export type BinaryContent = components['schemas']['BinaryContent'];
export type GetMessageContentTranscodingResponse = components['schemas']['GetMessageContentTranscodingResponse'];
export type MembershipCurrency = components['schemas']['MembershipCurrency'];
export type MembershipPlan = components['schemas']['MembershipPlan'];
export type MembershipSubscriber = components['schemas']['MembershipSubscriber'];
export type MembershipSubscription = components['schemas']['MembershipSubscription'];
export type GetMembershipSubscriptionResponse = components['schemas']['GetMembershipSubscriptionResponse'];
export type MembershipPlanDetail = components['schemas']['MembershipPlanDetail'];
export type MembershipListResponse = components['schemas']['MembershipListResponse'];
export type GetJoinedMembershipUsersResponse = components['schemas']['GetJoinedMembershipUsersResponse'];
export type CouponStatus = components['schemas']['CouponStatus'];
export type CouponListItem = components['schemas']['CouponListItem'];
export type CouponListResponse = components['schemas']['CouponListResponse'];
export type CouponFixedPriceInfoRequest = components['schemas']['CouponFixedPriceInfoRequest'];
export type CouponPercentagePriceInfoRequest = components['schemas']['CouponPercentagePriceInfoRequest'];
export type CouponExplicitPriceInfoRequest = components['schemas']['CouponExplicitPriceInfoRequest'];
export type CouponDiscountPriceInfoRequest = components['schemas']['CouponDiscountPriceInfoRequest'];
export type CouponDiscountRewardRequest = components['schemas']['CouponDiscountRewardRequest'];
export type CouponCashBackPriceInfoRequest = components['schemas']['CouponCashBackPriceInfoRequest'];
export type CouponCashBackRewardRequest = components['schemas']['CouponCashBackRewardRequest'];
export type CouponFreeRewardRequest = components['schemas']['CouponFreeRewardRequest'];
export type CouponGiftRewardRequest = components['schemas']['CouponGiftRewardRequest'];
export type CouponOthersRewardRequest = components['schemas']['CouponOthersRewardRequest'];
export type CouponRewardRequest = components['schemas']['CouponRewardRequest'];
export type CouponNormalAcquisitionRequest = components['schemas']['CouponNormalAcquisitionRequest'];
export type CouponLotteryAcquisitionRequest = components['schemas']['CouponLotteryAcquisitionRequest'];
export type CouponAcquisitionConditionRequest = components['schemas']['CouponAcquisitionConditionRequest'];
export type CouponTimezone = components['schemas']['CouponTimezone'];
export type CouponVisibility = components['schemas']['CouponVisibility'];
export type CouponCreateRequest = components['schemas']['CouponCreateRequest'];
export type CouponCreateResponse = components['schemas']['CouponCreateResponse'];
export type CouponCurrency = components['schemas']['CouponCurrency'];
export type CouponFixedPriceInfoResponse = components['schemas']['CouponFixedPriceInfoResponse'];
export type CouponPercentagePriceInfoResponse = components['schemas']['CouponPercentagePriceInfoResponse'];
export type CouponExplicitPriceInfoResponse = components['schemas']['CouponExplicitPriceInfoResponse'];
export type CouponDiscountPriceInfoResponse = components['schemas']['CouponDiscountPriceInfoResponse'];
export type CouponDiscountRewardResponse = components['schemas']['CouponDiscountRewardResponse'];
export type CouponCashBackPriceInfoResponse = components['schemas']['CouponCashBackPriceInfoResponse'];
export type CouponCashBackRewardResponse = components['schemas']['CouponCashBackRewardResponse'];
export type CouponFreeRewardResponse = components['schemas']['CouponFreeRewardResponse'];
export type CouponGiftRewardResponse = components['schemas']['CouponGiftRewardResponse'];
export type CouponOthersRewardResponse = components['schemas']['CouponOthersRewardResponse'];
export type CouponRewardResponse = components['schemas']['CouponRewardResponse'];
export type CouponNormalAcquisitionResponse = components['schemas']['CouponNormalAcquisitionResponse'];
export type CouponLotteryAcquisitionResponse = components['schemas']['CouponLotteryAcquisitionResponse'];
export type CouponAcquisitionConditionResponse = components['schemas']['CouponAcquisitionConditionResponse'];
export type CouponResponse = components['schemas']['CouponResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseRichMenuImageTooLarge = components['responses']['RichMenuImageTooLarge'];
export type ResponseRichMenuImageWrongType = components['responses']['RichMenuImageWrongType'];
export type ParameterUserIdPath = components['parameters']['UserIdPath'];
export type ParameterGroupIdPath = components['parameters']['GroupIdPath'];
export type ParameterRoomIdPath = components['parameters']['RoomIdPath'];
export type ParameterRichMenuIdPath = components['parameters']['RichMenuIdPath'];
export type ParameterRichMenuAliasIdPath = components['parameters']['RichMenuAliasIdPath'];
export type ParameterMessageIdPath = components['parameters']['MessageIdPath'];
export type ParameterMembershipIdPath = components['parameters']['MembershipIdPath'];
export type ParameterCouponIdPath = components['parameters']['CouponIdPath'];
export type HeaderRequestId = components['headers']['RequestId'];
export type $defs = Record<string, never>;
export interface operations {
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's profile. Fields the user has not set are left out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "displayName": "Hana Sato",
                     *       "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
                     *       "pictureUrl": "https://profile.line-scdn.net/0h1a2b3c4d5e",
                     *       "statusMessage": "Out for lunch",
                     *       "language": "ja"
                     *     }
                     */
                    "application/json": components["schemas"]["UserProfileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getFollowers: {
        parameters: {
            query?: {
                /** @description The `next` token of the previous page; leave out for the first page. */
                start?: string;
                /** @description Most user IDs to return in this page (LINE's default is 300). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of friend user IDs; `next` is present while more remain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userIds": [
                     *         "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
                     *         "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5"
                     *       ],
                     *       "next": "yANU9IA3Pt2cL0cGeYrO0WdIQwcHcxTc"
                     *     }
                     */
                    "application/json": components["schemas"]["GetFollowersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getBotInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot's account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "Ub9952f8ac0d1e2f3a4b5c6d7e8f9a0b1",
                     *       "basicId": "@216ru...",
                     *       "premiumId": "@example-shop",
                     *       "displayName": "Example Shop",
                     *       "pictureUrl": "https://profile.line-scdn.net/0h9z8y7x6w5v",
                     *       "chatMode": "bot",
                     *       "markAsReadMode": "auto"
                     *     }
                     */
                    "application/json": components["schemas"]["BotInfoResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getGroupSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A group chat ID (`C` followed by 32 hex digits), as found in webhook event sources. */
                groupId: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group chat's summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "groupId": "Ca56f94637c0a1b2c3d4e5f6a7b8c9d0e",
                     *       "groupName": "Weekend hikers",
                     *       "pictureUrl": "https://profile.line-scdn.net/abcdefghijklmn"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getGroupMemberCount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A group chat ID (`C` followed by 32 hex digits), as found in webhook event sources. */
                groupId: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 12
                     *     }
                     */
                    "application/json": components["schemas"]["GroupMemberCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getGroupMembersIds: {
        parameters: {
            query?: {
                /** @description The `next` token of the previous page; leave out for the first page. */
                start?: string;
            };
            header?: never;
            path: {
                /** @description A group chat ID (`C` followed by 32 hex digits), as found in webhook event sources. */
                groupId: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of member user IDs; `next` is present while more remain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberIds": [
                     *         "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
                     *         "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5"
                     *       ],
                     *       "next": "jxEWCEEP3Mb9qk7w"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupMemberIdsResponse"];
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
    getGroupMemberProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A group chat ID (`C` followed by 32 hex digits), as found in webhook event sources. */
                groupId: components["parameters"]["GroupIdPath"];
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "displayName": "Ken Ito",
                     *       "userId": "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5",
                     *       "pictureUrl": "https://profile.line-scdn.net/0hq1w2e3r4t5"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupUserProfileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    leaveGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A group chat ID (`C` followed by 32 hex digits), as found in webhook event sources. */
                groupId: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot left the chat. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRoomMemberCount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A multi-person chat ID (`R` followed by 32 hex digits), as found in webhook event sources. */
                roomId: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 12
                     *     }
                     */
                    "application/json": components["schemas"]["RoomMemberCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRoomMembersIds: {
        parameters: {
            query?: {
                /** @description The `next` token of the previous page; leave out for the first page. */
                start?: string;
            };
            header?: never;
            path: {
                /** @description A multi-person chat ID (`R` followed by 32 hex digits), as found in webhook event sources. */
                roomId: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of member user IDs; `next` is present while more remain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberIds": [
                     *         "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
                     *         "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5"
                     *       ],
                     *       "next": "jxEWCEEP3Mb9qk7w"
                     *     }
                     */
                    "application/json": components["schemas"]["RoomMemberIdsResponse"];
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
    getRoomMemberProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A multi-person chat ID (`R` followed by 32 hex digits), as found in webhook event sources. */
                roomId: components["parameters"]["RoomIdPath"];
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "displayName": "Ken Ito",
                     *       "userId": "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5",
                     *       "pictureUrl": "https://profile.line-scdn.net/0hq1w2e3r4t5"
                     *     }
                     */
                    "application/json": components["schemas"]["RoomUserProfileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    leaveRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A multi-person chat ID (`R` followed by 32 hex digits), as found in webhook event sources. */
                roomId: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot left the chat. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createRichMenu: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RichMenuRequest"];
            };
        };
        responses: {
            /** @description The rich menu was created; its ID is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "richMenuId": "richmenu-88c05ef6921ae53f8b58a25f3a65faf7"
                     *     }
                     */
                    "application/json": components["schemas"]["RichMenuIdResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validateRichMenuObject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RichMenuRequest"];
            };
        };
        responses: {
            /** @description The definition is valid. The body is an empty JSON object. */
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
    getRichMenuList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All rich menus of the channel (not paged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RichMenuListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRichMenu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu ID as returned by createRichMenu (`richmenu-` followed by 32 hex digits). */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rich menu. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RichMenuResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteRichMenu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu ID as returned by createRichMenu (`richmenu-` followed by 32 hex digits). */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rich menu was deleted. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setDefaultRichMenu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu ID as returned by createRichMenu (`richmenu-` followed by 32 hex digits). */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default rich menu was set. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDefaultRichMenuId: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default rich menu's ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "richMenuId": "richmenu-88c05ef6921ae53f8b58a25f3a65faf7"
                     *     }
                     */
                    "application/json": components["schemas"]["RichMenuIdResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    cancelDefaultRichMenu: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No rich menu is the default any more. The body is an empty JSON object. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createRichMenuAlias: {
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
                 *       "richMenuAliasId": "richmenu-alias-a",
                 *       "richMenuId": "richmenu-88c05ef6921ae53f8b58a25f3a65faf7"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRichMenuAliasRequest"];
            };
        };
        responses: {
            /** @description The alias was created. The body is an empty JSON object. */
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
    getRichMenuAliasList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All aliases (not paged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "aliases": [
                     *         {
                     *           "richMenuAliasId": "richmenu-alias-a",
                     *           "richMenuId": "richmenu-88c05ef6921ae53f8b58a25f3a65faf7"
                     *         },
                     *         {
                     *           "richMenuAliasId": "richmenu-alias-b",
                     *           "richMenuId": "richmenu-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RichMenuAliasListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRichMenuAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu alias ID chosen when the alias was created. */
                richMenuAliasId: components["parameters"]["RichMenuAliasIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alias. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "richMenuAliasId": "richmenu-alias-a",
                     *       "richMenuId": "richmenu-88c05ef6921ae53f8b58a25f3a65faf7"
                     *     }
                     */
                    "application/json": components["schemas"]["RichMenuAliasResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateRichMenuAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu alias ID chosen when the alias was created. */
                richMenuAliasId: components["parameters"]["RichMenuAliasIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "richMenuId": "richmenu-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRichMenuAliasRequest"];
            };
        };
        responses: {
            /** @description The alias now points to the given rich menu. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteRichMenuAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu alias ID chosen when the alias was created. */
                richMenuAliasId: components["parameters"]["RichMenuAliasIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alias was deleted. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRichMenuIdOfUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The linked rich menu's ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "richMenuId": "richmenu-88c05ef6921ae53f8b58a25f3a65faf7"
                     *     }
                     */
                    "application/json": components["schemas"]["RichMenuIdResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    unlinkRichMenuIdFromUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's rich menu link was removed. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    linkRichMenuIdToUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
                /** @description A rich menu ID as returned by createRichMenu (`richmenu-` followed by 32 hex digits). */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rich menu is linked to the user. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    linkRichMenuIdToUsers: {
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
                 *       "richMenuId": "richmenu-88c05ef6921ae53f8b58a25f3a65faf7",
                 *       "userIds": [
                 *         "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
                 *         "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RichMenuBulkLinkRequest"];
            };
        };
        responses: {
            /** @description Accepted; the links are applied in the background. The body is an empty JSON object. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    unlinkRichMenuIdFromUsers: {
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
                 *       "userIds": [
                 *         "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
                 *         "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RichMenuBulkUnlinkRequest"];
            };
        };
        responses: {
            /** @description Accepted; the links are removed in the background. The body is an empty JSON object. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    richMenuBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RichMenuBatchRequest"];
            };
        };
        responses: {
            /** @description Accepted. The body is an empty JSON object; the `x-line-request-id` header is the `requestId` to poll with getRichMenuBatchProgress. */
            202: {
                headers: {
                    "x-line-request-id": components["headers"]["RequestId"];
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
    validateRichMenuBatchRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RichMenuBatchRequest"];
            };
        };
        responses: {
            /** @description The batch request is valid. The body is an empty JSON object. */
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
    getRichMenuBatchProgress: {
        parameters: {
            query: {
                /** @description The `x-line-request-id` returned by richMenuBatch. */
                requestId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phase": "succeeded",
                     *       "acceptedTime": "2026-11-21T10:15:30.123Z",
                     *       "completedTime": "2026-11-21T10:16:02.456Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RichMenuBatchProgressResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    issueLinkToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link token; valid for 10 minutes and usable once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "linkToken": "NMZTNuVrPTqlr2IF8Bnymkb7rXfYv5EY"
                     *     }
                     */
                    "application/json": components["schemas"]["IssueLinkTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a message a user sent, from the webhook message event (a string of digits). */
                messageId: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content. Video and audio may be incomplete until transcoding has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["BinaryContent"];
                    "video/mp4": components["schemas"]["BinaryContent"];
                    "audio/x-m4a": components["schemas"]["BinaryContent"];
                    "application/octet-stream": components["schemas"]["BinaryContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageContentPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a message a user sent, from the webhook message event (a string of digits). */
                messageId: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["BinaryContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageContentTranscodingByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a message a user sent, from the webhook message event (a string of digits). */
                messageId: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preparation state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "succeeded"
                     *     }
                     */
                    "application/json": components["schemas"]["GetMessageContentTranscodingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRichMenuImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu ID as returned by createRichMenu (`richmenu-` followed by 32 hex digits). */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image, in the format it was uploaded in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["BinaryContent"];
                    "image/png": components["schemas"]["BinaryContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setRichMenuImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rich menu ID as returned by createRichMenu (`richmenu-` followed by 32 hex digits). */
                richMenuId: components["parameters"]["RichMenuIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": components["schemas"]["BinaryContent"];
                "image/png": components["schemas"]["BinaryContent"];
            };
        };
        responses: {
            /** @description The image was stored. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            413: components["responses"]["RichMenuImageTooLarge"];
            415: components["responses"]["RichMenuImageWrongType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMembershipSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user ID as LINE issues it to this channel (`U` followed by 32 hex digits). */
                userId: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subscriptions": [
                     *         {
                     *           "membership": {
                     *             "membershipId": 3189,
                     *             "title": "Gold members",
                     *             "description": "Early access to new items and a monthly gift.",
                     *             "benefits": [
                     *               "Early access to sales",
                     *               "Monthly gift"
                     *             ],
                     *             "price": 500,
                     *             "currency": "JPY"
                     *           },
                     *           "user": {
                     *             "membershipNo": 42,
                     *             "joinedTime": 1732150000,
                     *             "nextBillingDate": "2026-12-21",
                     *             "totalSubscriptionMonths": 7
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetMembershipSubscriptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMembershipList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All membership plans of the account (not paged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberships": [
                     *         {
                     *           "membershipId": 3189,
                     *           "title": "Gold members",
                     *           "description": "Early access to new items and a monthly gift.",
                     *           "benefits": [
                     *             "Early access to sales",
                     *             "Monthly gift"
                     *           ],
                     *           "price": 500,
                     *           "currency": "JPY",
                     *           "memberCount": 120,
                     *           "memberLimit": null,
                     *           "isInApp": false,
                     *           "isPublished": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MembershipListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getJoinedMembershipUsers: {
        parameters: {
            query?: {
                /** @description The `next` token of the previous page (valid for 24 hours); leave out for the first page. */
                start?: string;
                /** @description Most user IDs to return in this page (LINE's default is 300). */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description ID of one membership plan of the LINE Official Account. */
                membershipId: components["parameters"]["MembershipIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of subscriber user IDs; `next` is present while more remain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userIds": [
                     *         "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
                     *         "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5"
                     *       ],
                     *       "next": "jxEWCEEP3Mb9qk7w"
                     *     }
                     */
                    "application/json": components["schemas"]["GetJoinedMembershipUsersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCoupon: {
        parameters: {
            query?: {
                /** @description Only coupons in these states; all states when left out. */
                status?: components["schemas"]["CouponStatus"][];
                /** @description The `next` token of the previous page; leave out for the first page. */
                start?: string;
                /** @description Most coupons to return in this page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of coupons; `next` is present while more remain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "couponId": "01JYNW8JMQVFBNWF1APF8Z3FS7",
                     *           "title": "Friends-only 100 yen off"
                     *         },
                     *         {
                     *           "couponId": "01JYNWB3XG7Q9YH2C8M4T6PKDA",
                     *           "title": "Free coffee with any cake"
                     *         }
                     *       ],
                     *       "next": "3rDAfs5zL2c"
                     *     }
                     */
                    "application/json": components["schemas"]["CouponListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createCoupon: {
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
                 *       "title": "Friends-only 100 yen off",
                 *       "description": "Show this screen at the counter. One use per coupon.",
                 *       "reward": {
                 *         "type": "discount",
                 *         "priceInfo": {
                 *           "type": "fixed",
                 *           "fixedAmount": 100
                 *         }
                 *       },
                 *       "acquisitionCondition": {
                 *         "type": "normal"
                 *       },
                 *       "startTimestamp": 1763683200,
                 *       "endTimestamp": 1924959599,
                 *       "imageUrl": "https://example.com/coupons/100-yen-off.jpg",
                 *       "timezone": "ASIA_TOKYO",
                 *       "visibility": "UNLISTED",
                 *       "maxUseCountPerTicket": 1
                 *     }
                 */
                "application/json": components["schemas"]["CouponCreateRequest"];
            };
        };
        responses: {
            /** @description The coupon was created; its ID is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "couponId": "01JYNW8JMQVFBNWF1APF8Z3FS7"
                     *     }
                     */
                    "application/json": components["schemas"]["CouponCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCouponDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a coupon as returned by createCoupon. */
                couponId: components["parameters"]["CouponIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coupon. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "couponId": "01JYNW8JMQVFBNWF1APF8Z3FS7",
                     *       "title": "Friends-only 100 yen off",
                     *       "description": "Show this screen at the counter. One use per coupon.",
                     *       "imageUrl": "https://example.com/coupons/100-yen-off.jpg",
                     *       "reward": {
                     *         "type": "discount",
                     *         "priceInfo": {
                     *           "type": "fixed",
                     *           "fixedAmount": 100,
                     *           "currency": "JPY"
                     *         }
                     *       },
                     *       "acquisitionCondition": {
                     *         "type": "lottery",
                     *         "lotteryProbability": 30,
                     *         "maxAcquireCount": 500
                     *       },
                     *       "startTimestamp": 1763683200,
                     *       "endTimestamp": 1924959599,
                     *       "timezone": "ASIA_TOKYO",
                     *       "visibility": "UNLISTED",
                     *       "maxUseCountPerTicket": 1,
                     *       "maxTicketPerUser": 1,
                     *       "status": "RUNNING",
                     *       "createdTimestamp": 1763600000
                     *     }
                     */
                    "application/json": components["schemas"]["CouponResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    closeCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a coupon as returned by createCoupon. */
                couponId: components["parameters"]["CouponIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coupon is closed. The body is an empty JSON object. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
