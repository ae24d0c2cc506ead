// Generated from specs/messaging.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/v2/bot/message/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Answer a webhook event with up to five messages, using the event's reply token. */
        post: operations["replyMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Send up to five messages to one user, group chat or multi-person chat at any time. */
        post: operations["pushMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/multicast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Send the same messages to up to 500 users (not groups or rooms) in one request. */
        post: operations["multicast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/narrowcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Send messages to an audience and/or to friends chosen by demographics, processed asynchronously. */
        post: operations["narrowcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/progress/narrowcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read how far the delivery of a narrowcast request has got. */
        get: operations["getNarrowcastProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Send messages to every user who is a friend of the account. */
        post: operations["broadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/validate/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check message objects for a reply without sending them. */
        post: operations["validateReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/validate/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check message objects for a push without sending them. */
        post: operations["validatePush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/validate/multicast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check message objects for a multicast without sending them. */
        post: operations["validateMulticast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/validate/narrowcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check message objects for a narrowcast without sending them. */
        post: operations["validateNarrowcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/validate/broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check message objects for a broadcast without sending them. */
        post: operations["validateBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read the number of messages the account may send this month, if it is limited. */
        get: operations["getMessageQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/quota/consumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read how many messages that count against the quota were sent this month. */
        get: operations["getMessageQuotaConsumption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/delivery/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the reply messages sent on one day. */
        get: operations["getNumberOfSentReplyMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/delivery/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the push messages sent on one day. */
        get: operations["getNumberOfSentPushMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/delivery/multicast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the multicast messages sent on one day. */
        get: operations["getNumberOfSentMulticastMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/delivery/broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the broadcast messages sent on one day. */
        get: operations["getNumberOfSentBroadcastMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/aggregation/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the custom aggregation units used this month. */
        get: operations["getAggregationUnitUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/aggregation/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List the names of the custom aggregation units used this month, a page at a time. */
        get: operations["getAggregationUnitNameList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/chat/loading/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Show a loading animation in a one-to-one chat until a message arrives or the time runs out. */
        post: operations["showLoadingAnimation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/markAsRead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Mark every message a user sent to the account as read (partner feature, older variant). */
        post: operations["markMessagesAsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/chat/markAsRead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Mark a chat as read up to the message whose webhook event carried the token. */
        post: operations["markMessagesAsReadByToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bot/pnp/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Send a LINE notification message to the LINE user registered with a phone number. */
        post: operations["pushMessagesByPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bot/message/delivery/pnp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Count the LINE notification messages sent on one day. */
        get: operations["getPNPMessageStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         * @description Token from a webhook event that lets the bot answer it once, for a limited time (about one minute after the event).
         * @example nHuyWiB7yP5Zw52FIkcQobQuGDXCTA
         */
        ReplyToken: string;
        /**
         * @description Product ID of a LINE emoji set (see the list of LINE emoji you may send).
         * @example 5ac1bfd5040ab15980c9b435
         */
        LineEmojiProductId: string;
        /**
         * @description ID of one LINE emoji within its product, such as `001`.
         * @example 001
         */
        LineEmojiId: string;
        /** @description A LINE emoji placed on a `$` of the text. */
        TextMessageEmoji: {
            /** @description Position of the `$` in the text, counted in UTF-16 code units from 0. */
            index: number;
            productId: components["schemas"]["LineEmojiProductId"];
            emojiId: components["schemas"]["LineEmojiId"];
        };
        /**
         * @description Opaque token of a message (received in a webhook, or returned when sending) that a later text or sticker message can quote.
         * @example q3Plxr4AgKd...
         */
        QuoteToken: string;
        /** @description Caps an action's label at 20 characters (quick replies, template buttons, rich menu areas). */
        LabelAtMost20: {
            label?: string;
        };
        /**
         * @description Text shown on the button (at most 40 characters in flex messages, 20 or 12 elsewhere).
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
        /**
         * @description Alias ID of a rich menu; 1 to 32 half-width letters, digits, `-` or `_`.
         * @example richmenu-alias-a
         */
        RichMenuAliasId: string;
        /** @description Switches the user's rich menu to the one behind an alias (rich menus only). */
        RichMenuSwitchAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "richmenuswitch";
            label?: components["schemas"]["ActionLabel"];
            richMenuAliasId: components["schemas"]["RichMenuAliasId"];
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
        /** @description One quick reply button. */
        QuickReplyItem: {
            /** @enum {string} */
            type: "action";
            /** @description HTTPS URL of the icon shown at the start of the button (PNG, at most 1 MB). */
            imageUrl?: string;
            action: components["schemas"]["Action"];
        } & {
            action: components["schemas"]["LabelAtMost20"];
        };
        /** @description Buttons shown above the chat input after this message (at most 13). */
        QuickReply: {
            items: components["schemas"]["QuickReplyItem"][];
        };
        /**
         * @description An HTTPS URL of at most 2000 characters (LINE fetches it with TLS 1.2 or later).
         * @example https://example.com/images/cat.jpg
         */
        HttpsUrl: string;
        /** @description Display name and icon to show instead of the account's own for this message. */
        Sender: {
            /** @description Display name; must not contain "LINE" or similar words. */
            name?: string;
            iconUrl?: components["schemas"]["HttpsUrl"];
        };
        /** @description Plain text, optionally with LINE emoji and a quoted message. */
        TextMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @description The text; each LINE emoji is a `$` placeholder that `emojis` fills. */
            text: string;
            /** @description LINE emoji replacing `$` characters of `text` (at most 20). */
            emojis?: components["schemas"]["TextMessageEmoji"][];
            quoteToken?: components["schemas"]["QuoteToken"];
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /**
         * @description ID of a LINE user as this channel sees it: `U` followed by 32 hexadecimal digits, or, for a module channel, 68 characters starting with `L`. It differs from the LINE ID users show each other.
         * @example U4af4980629a2b3c4d5e6f7a8b9c0d1e2
         */
        LineUserId: string;
        /** @description One user of the chat. */
        UserMentionTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user";
            userId: components["schemas"]["LineUserId"];
        };
        /** @description Everyone in the group chat (`@All`). */
        AllMentionTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "all";
        };
        /** @description Who is mentioned. */
        MentionTarget: components["schemas"]["UserMentionTarget"] | components["schemas"]["AllMentionTarget"];
        /** @description Mention of one user or of everyone in a group chat. */
        MentionSubstitution: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "mention";
            mentionee: components["schemas"]["MentionTarget"];
        };
        /** @description One LINE emoji. */
        EmojiSubstitution: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "emoji";
            productId: components["schemas"]["LineEmojiProductId"];
            emojiId: components["schemas"]["LineEmojiId"];
        };
        /** @description What a placeholder of a textV2 message becomes. */
        SubstitutionObject: components["schemas"]["MentionSubstitution"] | components["schemas"]["EmojiSubstitution"];
        /** @description Text with named `{placeholders}` that mentions and LINE emoji replace. */
        TextMessageV2: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "textV2";
            /** @description The text; `{key}` is replaced by `substitution[key]`, `{{` and `}}` print a brace. */
            text: string;
            /** @description What each placeholder stands for, keyed by the name used in the text (at most 100). */
            substitution?: {
                [key: string]: components["schemas"]["SubstitutionObject"];
            };
            quoteToken?: components["schemas"]["QuoteToken"];
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /**
         * @description Package ID of a sticker set (see the list of stickers bots may send).
         * @example 446
         */
        StickerPackageId: string;
        /**
         * @description ID of a sticker within its package.
         * @example 1988
         */
        StickerId: string;
        /** @description A sticker from the packages bots may send. */
        StickerMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sticker";
            packageId: components["schemas"]["StickerPackageId"];
            stickerId: components["schemas"]["StickerId"];
            quoteToken?: components["schemas"]["QuoteToken"];
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description An image (JPEG or PNG, at most 10 MB) with a smaller preview (at most 1 MB). */
        ImageMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            originalContentUrl: components["schemas"]["HttpsUrl"];
            previewImageUrl: components["schemas"]["HttpsUrl"];
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description An mp4 video (at most 200 MB) with a preview image. */
        VideoMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "video";
            originalContentUrl: components["schemas"]["HttpsUrl"];
            previewImageUrl: components["schemas"]["HttpsUrl"];
            /** @description ID that a video viewing complete webhook event reports back (one-to-one chats only). */
            trackingId?: string;
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description An m4a or mp3 audio file (at most 200 MB). */
        AudioMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "audio";
            originalContentUrl: components["schemas"]["HttpsUrl"];
            /**
             * Format: int64
             * @description Length of the audio in milliseconds.
             */
            duration: number;
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description A place on the map. */
        LocationMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location";
            title: string;
            address: string;
            /** Format: double */
            latitude: number;
            /** Format: double */
            longitude: number;
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description Size the area coordinates refer to; the width is always 1040. */
        ImagemapBaseSize: {
            /** @enum {integer} */
            width: 1040;
            height: number;
        };
        /** @description A rectangle in base-size coordinates. */
        ImagemapArea: {
            x: number;
            y: number;
            width: number;
            height: number;
        };
        /** @description Link shown when the video has finished. */
        ImagemapExternalLink: {
            linkUri: string;
            label: string;
        };
        /** @description A video played inside the imagemap. */
        ImagemapVideo: {
            originalContentUrl: components["schemas"]["HttpsUrl"];
            previewImageUrl: components["schemas"]["HttpsUrl"];
            area: components["schemas"]["ImagemapArea"];
            externalLink?: components["schemas"]["ImagemapExternalLink"];
        };
        /** @description Opens a URL. */
        ImagemapUriAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "uri";
            /** @description Spoken by accessibility features. */
            label?: string;
            linkUri: string;
            area: components["schemas"]["ImagemapArea"];
        };
        /** @description Sends a message as the user. */
        ImagemapMessageAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message";
            /** @description Spoken by accessibility features. */
            label?: string;
            text: string;
            area: components["schemas"]["ImagemapArea"];
        };
        /** @description Copies text to the clipboard. */
        ImagemapClipboardAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "clipboard";
            /** @description Spoken by accessibility features. */
            label?: string;
            clipboardText: string;
            area: components["schemas"]["ImagemapArea"];
        };
        /** @description What tapping an area does. */
        ImagemapAction: components["schemas"]["ImagemapUriAction"] | components["schemas"]["ImagemapMessageAction"] | components["schemas"]["ImagemapClipboardAction"];
        /** @description An image with tappable areas. */
        ImagemapMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "imagemap";
            /** @description HTTPS URL without extension; LINE appends `/1040`, `/700`, `/460`, `/300` or `/240` to fetch the image in that width. */
            baseUrl: string;
            /** @description Text shown in notifications and chat lists. */
            altText: string;
            baseSize: components["schemas"]["ImagemapBaseSize"];
            video?: components["schemas"]["ImagemapVideo"];
            /** @description Tappable areas (at most 50). */
            actions: components["schemas"]["ImagemapAction"][];
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description HTTPS URL of a JPEG or PNG image (at most 1024 px wide, 10 MB). */
        TemplateThumbnailUrl: string;
        /**
         * @description `rectangle` (1.51:1) or `square` (1:1).
         * @enum {string}
         */
        TemplateImageAspectRatio: "rectangle" | "square";
        /**
         * @description `cover` fills the image area (cropping), `contain` shows the whole image.
         * @enum {string}
         */
        TemplateImageSize: "cover" | "contain";
        /**
         * @description Colour as `#RRGGBB` or `#RRGGBBAA`.
         * @example #FFFFFF
         */
        HexColor: string;
        /** @description An optional image, a title, a text and up to four buttons. */
        ButtonsTemplate: {
            /** @enum {string} */
            type: "buttons";
            thumbnailImageUrl?: components["schemas"]["TemplateThumbnailUrl"];
            imageAspectRatio?: components["schemas"]["TemplateImageAspectRatio"];
            imageSize?: components["schemas"]["TemplateImageSize"];
            imageBackgroundColor?: components["schemas"]["HexColor"];
            title?: string;
            /** @description Message text (160 characters; 60 when there is an image or a title). */
            text: string;
            defaultAction?: components["schemas"]["Action"];
            actions: components["schemas"]["Action"][];
        } & ({
            defaultAction?: components["schemas"]["LabelAtMost20"];
            actions: components["schemas"]["LabelAtMost20"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "buttons";
        });
        /** @description A question with exactly two buttons. */
        ConfirmTemplate: {
            /** @enum {string} */
            type: "confirm";
            text: string;
            actions: components["schemas"]["Action"][];
        } & ({
            actions: components["schemas"]["LabelAtMost20"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "confirm";
        });
        /** @description One column; every column of a carousel must have the same number of actions. */
        CarouselColumn: {
            thumbnailImageUrl?: components["schemas"]["TemplateThumbnailUrl"];
            imageBackgroundColor?: components["schemas"]["HexColor"];
            title?: string;
            /** @description Column text (120 characters; 60 when there is an image or a title). */
            text: string;
            defaultAction?: components["schemas"]["Action"];
            actions: components["schemas"]["Action"][];
        } & {
            defaultAction?: components["schemas"]["LabelAtMost20"];
            actions: components["schemas"]["LabelAtMost20"][];
        };
        /** @description Up to ten columns the user scrolls through sideways. */
        CarouselTemplate: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "carousel";
            columns: components["schemas"]["CarouselColumn"][];
            imageAspectRatio?: components["schemas"]["TemplateImageAspectRatio"];
            imageSize?: components["schemas"]["TemplateImageSize"];
        };
        /** @description Caps an action's label at 12 characters (image carousel columns). */
        LabelAtMost12: {
            label?: string;
        };
        /** @description One image and what tapping it does. */
        ImageCarouselColumn: {
            imageUrl: components["schemas"]["TemplateThumbnailUrl"];
            action: components["schemas"]["Action"];
        } & {
            action: components["schemas"]["LabelAtMost12"];
        };
        /** @description Up to ten images, each with one action. */
        ImageCarouselTemplate: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image_carousel";
            columns: components["schemas"]["ImageCarouselColumn"][];
        };
        /** @description The template and its content. */
        Template: components["schemas"]["ButtonsTemplate"] | components["schemas"]["ConfirmTemplate"] | components["schemas"]["CarouselTemplate"] | components["schemas"]["ImageCarouselTemplate"];
        /** @description A message laid out by one of LINE's templates. */
        TemplateMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "template";
            /** @description Text shown in notifications and chat lists. */
            altText: string;
            template: components["schemas"]["Template"];
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description Lays out its components horizontally, vertically or on a common text baseline. */
        FlexBox: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "box";
            /** @enum {string} */
            layout: "horizontal" | "vertical" | "baseline";
            contents: components["schemas"]["FlexComponent"][];
            backgroundColor?: components["schemas"]["HexColor"];
            borderColor?: components["schemas"]["HexColor"];
            /** @description `none`, `light`, `normal`, `medium`, `semi-bold`, `bold` or pixels. */
            borderWidth?: string;
            cornerRadius?: components["schemas"]["FlexSpacing"];
            width?: components["schemas"]["FlexLength"];
            maxWidth?: components["schemas"]["FlexLength"];
            height?: components["schemas"]["FlexLength"];
            maxHeight?: components["schemas"]["FlexLength"];
            flex?: components["schemas"]["FlexGrow"];
            spacing?: components["schemas"]["FlexSpacing"];
            margin?: components["schemas"]["FlexSpacing"];
            paddingAll?: components["schemas"]["FlexInset"];
            paddingTop?: components["schemas"]["FlexInset"];
            paddingBottom?: components["schemas"]["FlexInset"];
            paddingStart?: components["schemas"]["FlexInset"];
            paddingEnd?: components["schemas"]["FlexInset"];
            position?: components["schemas"]["FlexPosition"];
            offsetTop?: components["schemas"]["FlexInset"];
            offsetBottom?: components["schemas"]["FlexInset"];
            offsetStart?: components["schemas"]["FlexInset"];
            offsetEnd?: components["schemas"]["FlexInset"];
            action?: components["schemas"]["Action"];
            /**
             * @description Distribution of free space along the main axis.
             * @enum {string}
             */
            justifyContent?: "flex-start" | "center" | "flex-end" | "space-between" | "space-around" | "space-evenly";
            /**
             * @description Placement of the components along the cross axis.
             * @enum {string}
             */
            alignItems?: "flex-start" | "center" | "flex-end";
            background?: components["schemas"]["FlexBoxBackground"];
        };
        /** @description Share of the free space along the parent's main axis (0 keeps the natural size). */
        FlexGrow: number;
        /**
         * @description `none`, `xs`, `sm`, `md`, `lg`, `xl`, `xxl` or pixels such as `12px`.
         * @example md
         */
        FlexSpacing: string;
        /**
         * @description `relative` (offsets move the component from its place) or `absolute` (from the parent's edges).
         * @enum {string}
         */
        FlexPosition: "relative" | "absolute";
        /**
         * @description A spacing keyword, pixels (`8px`) or a percentage of the box (`10%`).
         * @example 10px
         */
        FlexInset: string;
        /**
         * @description Vertical placement within the available height.
         * @enum {string}
         */
        FlexGravity: "top" | "bottom" | "center";
        /** @description A button that runs an action. */
        FlexButton: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "button";
            action: components["schemas"]["Action"];
            flex?: components["schemas"]["FlexGrow"];
            margin?: components["schemas"]["FlexSpacing"];
            position?: components["schemas"]["FlexPosition"];
            offsetTop?: components["schemas"]["FlexInset"];
            offsetBottom?: components["schemas"]["FlexInset"];
            offsetStart?: components["schemas"]["FlexInset"];
            offsetEnd?: components["schemas"]["FlexInset"];
            /** @enum {string} */
            height?: "sm" | "md";
            /**
             * @description `primary` (dark fill), `secondary` (light fill) or `link` (no fill).
             * @enum {string}
             */
            style?: "primary" | "secondary" | "link";
            color?: components["schemas"]["HexColor"];
            gravity?: components["schemas"]["FlexGravity"];
            /**
             * @description Shrink the label's font to fit the button.
             * @enum {string}
             */
            adjustMode?: "shrink-to-fit";
            /** @description Follow the font size the user chose in LINE's settings. */
            scaling?: boolean;
        };
        /**
         * @description Horizontal placement within the available width.
         * @enum {string}
         */
        FlexAlign: "start" | "end" | "center";
        /**
         * @description A size keyword (`xxs` … `5xl`, `full`), pixels or a percentage of the box.
         * @example full
         */
        FlexImageSize: string;
        /**
         * @description Width to height as `{width}:{height}`, such as `20:13`; height at most three times the width.
         * @example 20:13
         */
        FlexAspectRatio: string;
        /** @description An image (JPEG or PNG, at most 1024×1024 px and 10 MB). */
        FlexImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            url: components["schemas"]["HttpsUrl"];
            flex?: components["schemas"]["FlexGrow"];
            margin?: components["schemas"]["FlexSpacing"];
            position?: components["schemas"]["FlexPosition"];
            offsetTop?: components["schemas"]["FlexInset"];
            offsetBottom?: components["schemas"]["FlexInset"];
            offsetStart?: components["schemas"]["FlexInset"];
            offsetEnd?: components["schemas"]["FlexInset"];
            align?: components["schemas"]["FlexAlign"];
            gravity?: components["schemas"]["FlexGravity"];
            size?: components["schemas"]["FlexImageSize"];
            aspectRatio?: components["schemas"]["FlexAspectRatio"];
            /**
             * @description `fit` shows the whole image, `cover` fills the area and crops.
             * @enum {string}
             */
            aspectMode?: "cover" | "fit";
            backgroundColor?: components["schemas"]["HexColor"];
            action?: components["schemas"]["Action"];
            /** @description Play an animated PNG (APNG, at most 300 KB). */
            animated?: boolean;
        };
        /**
         * @description `xxs` … `xl`, `xxl`, `3xl`, `4xl`, `5xl`, or pixels such as `18px`.
         * @example md
         */
        FlexFontSize: string;
        /** @description A decorative icon in a baseline box. */
        FlexIcon: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "icon";
            url: components["schemas"]["HttpsUrl"];
            margin?: components["schemas"]["FlexSpacing"];
            position?: components["schemas"]["FlexPosition"];
            offsetTop?: components["schemas"]["FlexInset"];
            offsetBottom?: components["schemas"]["FlexInset"];
            offsetStart?: components["schemas"]["FlexInset"];
            offsetEnd?: components["schemas"]["FlexInset"];
            size?: components["schemas"]["FlexFontSize"];
            aspectRatio?: components["schemas"]["FlexAspectRatio"];
            /** @description Follow the font size the user chose in LINE's settings. */
            scaling?: boolean;
        };
        /**
         * @description `regular` or `bold`.
         * @enum {string}
         */
        FlexFontWeight: "regular" | "bold";
        /**
         * @description `normal` or `italic`.
         * @enum {string}
         */
        FlexFontStyle: "normal" | "italic";
        /**
         * @description `none`, `underline` or `line-through`.
         * @enum {string}
         */
        FlexTextDecoration: "none" | "underline" | "line-through";
        /** @description Part of a text component with its own style. */
        FlexSpan: {
            /** @enum {string} */
            type: "span";
            text: string;
            color?: components["schemas"]["HexColor"];
            size?: components["schemas"]["FlexFontSize"];
            weight?: components["schemas"]["FlexFontWeight"];
            style?: components["schemas"]["FlexFontStyle"];
            decoration?: components["schemas"]["FlexTextDecoration"];
        };
        /** @description A run of text, either `text` or styled `contents` spans. */
        FlexText: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @description The text; ignored when `contents` is given. */
            text?: string;
            /** @description Spans with their own styles, shown instead of `text`. */
            contents?: components["schemas"]["FlexSpan"][];
            /**
             * @description Shrink the font to fit the component.
             * @enum {string}
             */
            adjustMode?: "shrink-to-fit";
            flex?: components["schemas"]["FlexGrow"];
            margin?: components["schemas"]["FlexSpacing"];
            position?: components["schemas"]["FlexPosition"];
            offsetTop?: components["schemas"]["FlexInset"];
            offsetBottom?: components["schemas"]["FlexInset"];
            offsetStart?: components["schemas"]["FlexInset"];
            offsetEnd?: components["schemas"]["FlexInset"];
            size?: components["schemas"]["FlexFontSize"];
            align?: components["schemas"]["FlexAlign"];
            gravity?: components["schemas"]["FlexGravity"];
            /** @description Wrap long text onto several lines. */
            wrap?: boolean;
            /** @description Extra space between wrapped lines, in pixels (`4px`). */
            lineSpacing?: string;
            /** @description Cut off after this many lines with an ellipsis (0 means no limit). */
            maxLines?: number;
            weight?: components["schemas"]["FlexFontWeight"];
            color?: components["schemas"]["HexColor"];
            action?: components["schemas"]["Action"];
            style?: components["schemas"]["FlexFontStyle"];
            decoration?: components["schemas"]["FlexTextDecoration"];
            /** @description Follow the font size the user chose in LINE's settings. */
            scaling?: boolean;
        };
        /** @description A line between components. */
        FlexSeparator: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "separator";
            margin?: components["schemas"]["FlexSpacing"];
            color?: components["schemas"]["HexColor"];
        };
        /** @description Empty space (deprecated; use spacing and margins instead). */
        FlexFiller: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "filler";
            flex?: components["schemas"]["FlexGrow"];
        };
        /** @description A component inside a box. Icons belong in baseline boxes only; videos only in the hero block; spans only inside a text component. */
        FlexComponent: components["schemas"]["FlexBox"] | components["schemas"]["FlexButton"] | components["schemas"]["FlexImage"] | components["schemas"]["FlexIcon"] | components["schemas"]["FlexText"] | components["schemas"]["FlexSeparator"] | components["schemas"]["FlexFiller"];
        /**
         * @description Pixels (`120px`) or a percentage of the parent (`50%`).
         * @example 50%
         */
        FlexLength: string;
        /** @description A gradient from `startColor` to `endColor`, optionally through `centerColor`. */
        FlexLinearGradient: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "linearGradient";
            /** @description Direction in degrees from 0 up to 360, as `90deg`; 0deg runs bottom to top. */
            angle: string;
            startColor: components["schemas"]["HexColor"];
            endColor: components["schemas"]["HexColor"];
            centerColor?: components["schemas"]["HexColor"];
            /** @description Where the center colour sits, from `0%` to `100%`. */
            centerPosition?: string;
        };
        /** @description Background drawn behind a box; LINE offers linear gradients. */
        FlexBoxBackground: components["schemas"]["FlexLinearGradient"];
        /** @description Shown instead of the video where it cannot play. */
        FlexVideoAltContent: components["schemas"]["FlexBox"] | components["schemas"]["FlexImage"];
        /** @description A video in the hero block, with a fallback for LINE versions that cannot play it. */
        FlexVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "video";
            url: components["schemas"]["HttpsUrl"];
            previewUrl: components["schemas"]["HttpsUrl"];
            altContent: components["schemas"]["FlexVideoAltContent"];
            aspectRatio: components["schemas"]["FlexAspectRatio"];
            action?: components["schemas"]["UriAction"];
        };
        /** @description The hero block is a box, an image or a video. */
        FlexHero: components["schemas"]["FlexBox"] | components["schemas"]["FlexImage"] | components["schemas"]["FlexVideo"];
        /** @description Background and top separator of one block. */
        FlexBlockStyle: {
            backgroundColor?: components["schemas"]["HexColor"];
            /** @description Draw a separator above this block (ignored for the first block). */
            separator?: boolean;
            separatorColor?: components["schemas"]["HexColor"];
        };
        /** @description Style of each block of a bubble. */
        FlexBubbleStyles: {
            header?: components["schemas"]["FlexBlockStyle"];
            hero?: components["schemas"]["FlexBlockStyle"];
            body?: components["schemas"]["FlexBlockStyle"];
            footer?: components["schemas"]["FlexBlockStyle"];
        };
        /** @description One message bubble made of up to four blocks. */
        FlexBubble: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bubble";
            /**
             * @description Bubble width; a bubble with a video must be `kilo`, `mega` or `giga`.
             * @enum {string}
             */
            size?: "nano" | "micro" | "deca" | "hecto" | "kilo" | "mega" | "giga";
            /**
             * @description Text direction and the order of horizontal components.
             * @enum {string}
             */
            direction?: "ltr" | "rtl";
            header?: components["schemas"]["FlexBox"];
            hero?: components["schemas"]["FlexHero"];
            body?: components["schemas"]["FlexBox"];
            footer?: components["schemas"]["FlexBox"];
            styles?: components["schemas"]["FlexBubbleStyles"];
            action?: components["schemas"]["Action"];
        };
        /** @description Up to 12 bubbles the user scrolls through sideways. */
        FlexCarousel: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "carousel";
            contents: components["schemas"]["FlexBubble"][];
        };
        /** @description A single bubble or a carousel of bubbles. */
        FlexContainer: components["schemas"]["FlexBubble"] | components["schemas"]["FlexCarousel"];
        /** @description A message with a freely designed layout. */
        FlexMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "flex";
            /** @description Text shown in notifications and chat lists. */
            altText: string;
            contents: components["schemas"]["FlexContainer"];
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description A coupon created with the coupon API. */
        CouponMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "coupon";
            /** @description ID returned when the coupon was created. */
            couponId: string;
            /** @description Tag for the delivery route, shown in the LINE Official Account Manager's analytics. */
            deliveryTag?: string;
            quickReply?: components["schemas"]["QuickReply"];
            sender?: components["schemas"]["Sender"];
        };
        /** @description One message to send; `type` tells which kind. */
        Message: components["schemas"]["FlexMessage"] | components["schemas"]["TemplateMessage"] | components["schemas"]["ImagemapMessage"] | components["schemas"]["TextMessage"] | components["schemas"]["TextMessageV2"] | components["schemas"]["StickerMessage"] | components["schemas"]["ImageMessage"] | components["schemas"]["VideoMessage"] | components["schemas"]["AudioMessage"] | components["schemas"]["LocationMessage"] | components["schemas"]["CouponMessage"];
        /** @description The messages of one request, sent in order (one to five). */
        Messages: components["schemas"]["Message"][];
        /**
         * @description True to deliver without a push notification.
         * @default false
         */
        NotificationDisabled: boolean;
        /** @description Messages answering one webhook event. */
        ReplyMessageRequest: {
            replyToken: components["schemas"]["ReplyToken"];
            messages: components["schemas"]["Messages"];
            notificationDisabled?: components["schemas"]["NotificationDisabled"];
        };
        /** @description A message LINE had already accepted when the request failed. */
        SentMessage: {
            /** @description ID of the accepted message. */
            id: string;
            /** @description Token that lets a later message quote this one. */
            quoteToken?: string;
        };
        /** @description The messages that were sent, in request order. */
        ReplyMessageResponse: {
            sentMessages: components["schemas"]["SentMessage"][];
        };
        /** @description One problem found in the request, tied to a field where possible. */
        ErrorDetail: {
            /** @description What is wrong with the field. */
            message?: string;
            /** @description JSON path of the offending field in the request body, for example `messages[0].text`. */
            property?: string;
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
        /**
         * @description ID of a group chat: `C` followed by 32 hexadecimal digits.
         * @example Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e
         */
        LineGroupId: string;
        /**
         * @description ID of a multi-person chat: `R` followed by 32 hexadecimal digits.
         * @example Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e
         */
        LineRoomId: string;
        /**
         * @description ID of a user (`U…`, or a module channel's `L…`), group chat (`C…`) or multi-person chat (`R…`).
         * @example U4af4980629a2b3c4d5e6f7a8b9c0d1e2
         */
        ChatId: components["schemas"]["LineUserId"] | components["schemas"]["LineGroupId"] | components["schemas"]["LineRoomId"];
        /** @description Name of the unit the sent messages are counted under in statistics (at most one name of 1 to 30 letters, digits and underscores). */
        CustomAggregationUnits: string[];
        /** @description Messages for one chat. */
        PushMessageRequest: {
            to: components["schemas"]["ChatId"];
            messages: components["schemas"]["Messages"];
            notificationDisabled?: components["schemas"]["NotificationDisabled"];
            customAggregationUnits?: components["schemas"]["CustomAggregationUnits"];
        };
        /** @description The messages that were sent, in request order. */
        PushMessageResponse: {
            sentMessages: components["schemas"]["SentMessage"][];
        };
        /** @description Messages for a list of users. */
        MulticastRequest: {
            /** @description User IDs (at most 500); group and room IDs are not accepted. */
            to: components["schemas"]["LineUserId"][];
            messages: components["schemas"]["Messages"];
            notificationDisabled?: components["schemas"]["NotificationDisabled"];
            customAggregationUnits?: components["schemas"]["CustomAggregationUnits"];
        };
        /** @description An empty JSON object, which LINE sends where an operation has nothing to report. */
        EmptyResponse: Record<string, never>;
        /** @description The users of an audience. */
        AudienceRecipient: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "audience";
            /**
             * Format: int64
             * @description ID of the audience (from the audience API).
             */
            audienceGroupId: number;
        };
        /** @description The users an earlier narrowcast or broadcast was sent to. */
        RedeliveryRecipient: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "redelivery";
            /** @description The `x-line-request-id` of the earlier sending request. */
            requestId: string;
        };
        /** @description A set of users to send to. */
        Recipient: components["schemas"]["AudienceRecipient"] | components["schemas"]["RedeliveryRecipient"] | components["schemas"]["OperatorRecipient"];
        /** @description Combines recipients; give exactly one of `and`, `or` or `not`. */
        OperatorRecipient: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "operator";
            /** @description Users in every one of these sets. */
            and?: components["schemas"]["Recipient"][];
            /** @description Users in any of these sets. */
            or?: components["schemas"]["Recipient"][];
            not?: components["schemas"]["Recipient"];
        };
        /**
         * @description An age boundary in years (`age_15` … `age_70`).
         * @enum {string}
         */
        AgeDemographic: "age_15" | "age_20" | "age_25" | "age_30" | "age_35" | "age_40" | "age_45" | "age_50" | "age_55" | "age_60" | "age_65" | "age_70";
        /** @description Users whose age is at least `gte` and below `lt` (give one or both). */
        AgeDemographicFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "age";
            gte?: components["schemas"]["AgeDemographic"];
            lt?: components["schemas"]["AgeDemographic"];
        };
        /** @description Users of LINE on one of these operating systems. */
        AppTypeDemographicFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "appType";
            oneOf: ("ios" | "android")[];
        };
        /**
         * @description A region: Japanese prefectures `jp_01` (Hokkaido) to `jp_47` (Okinawa), Taiwanese cities and counties `tw_01` to `tw_22`, Thai regions `th_01` to `th_08` and Indonesian regions `id_01` to `id_12`.
         * @enum {string}
         */
        AreaDemographic: "jp_01" | "jp_02" | "jp_03" | "jp_04" | "jp_05" | "jp_06" | "jp_07" | "jp_08" | "jp_09" | "jp_10" | "jp_11" | "jp_12" | "jp_13" | "jp_14" | "jp_15" | "jp_16" | "jp_17" | "jp_18" | "jp_19" | "jp_20" | "jp_21" | "jp_22" | "jp_23" | "jp_24" | "jp_25" | "jp_26" | "jp_27" | "jp_28" | "jp_29" | "jp_30" | "jp_31" | "jp_32" | "jp_33" | "jp_34" | "jp_35" | "jp_36" | "jp_37" | "jp_38" | "jp_39" | "jp_40" | "jp_41" | "jp_42" | "jp_43" | "jp_44" | "jp_45" | "jp_46" | "jp_47" | "tw_01" | "tw_02" | "tw_03" | "tw_04" | "tw_05" | "tw_06" | "tw_07" | "tw_08" | "tw_09" | "tw_10" | "tw_11" | "tw_12" | "tw_13" | "tw_14" | "tw_15" | "tw_16" | "tw_17" | "tw_18" | "tw_19" | "tw_20" | "tw_21" | "tw_22" | "th_01" | "th_02" | "th_03" | "th_04" | "th_05" | "th_06" | "th_07" | "th_08" | "id_01" | "id_02" | "id_03" | "id_04" | "id_05" | "id_06" | "id_07" | "id_08" | "id_09" | "id_10" | "id_11" | "id_12";
        /** @description Users LINE places in one of these regions. */
        AreaDemographicFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "area";
            oneOf: components["schemas"]["AreaDemographic"][];
        };
        /** @description Users of one of these genders. */
        GenderDemographicFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "gender";
            oneOf: ("male" | "female")[];
        };
        /** @description One demographic condition, or a combination of them. */
        DemographicFilter: components["schemas"]["AgeDemographicFilter"] | components["schemas"]["AppTypeDemographicFilter"] | components["schemas"]["AreaDemographicFilter"] | components["schemas"]["GenderDemographicFilter"] | components["schemas"]["OperatorDemographicFilter"] | components["schemas"]["SubscriptionPeriodDemographicFilter"];
        /** @description Combines demographic filters; give exactly one of `and`, `or` or `not`. */
        OperatorDemographicFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "operator";
            and?: components["schemas"]["DemographicFilter"][];
            or?: components["schemas"]["DemographicFilter"][];
            not?: components["schemas"]["DemographicFilter"];
        };
        /**
         * @description How long a user has been a friend of the account (`day_7` … `day_365`).
         * @enum {string}
         */
        SubscriptionPeriod: "day_7" | "day_30" | "day_90" | "day_180" | "day_365";
        /** @description Users who have been friends for at least `gte` and less than `lt` (give one or both). */
        SubscriptionPeriodDemographicFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "subscriptionPeriod";
            gte?: components["schemas"]["SubscriptionPeriod"];
            lt?: components["schemas"]["SubscriptionPeriod"];
        };
        /** @description Narrows the recipients down by the demographics LINE estimates for them. */
        NarrowcastFilter: {
            demographic?: components["schemas"]["DemographicFilter"];
        };
        /** @description Caps on how many users receive the narrowcast. */
        NarrowcastLimit: {
            /** @description Send to at most this many users, chosen at random. */
            max?: number;
            /**
             * @description Send only as many messages as the monthly quota still allows.
             * @default false
             */
            upToRemainingQuota?: boolean;
            /**
             * @description With `upToRemainingQuota`, fail instead of sending to only part of the recipients.
             * @default false
             */
            forbidPartialDelivery?: boolean;
        };
        /** @description Messages for the friends selected by `recipient` and `filter`; without either, every friend who can be targeted receives them. */
        NarrowcastRequest: {
            messages: components["schemas"]["Messages"];
            recipient?: components["schemas"]["Recipient"];
            filter?: components["schemas"]["NarrowcastFilter"];
            limit?: components["schemas"]["NarrowcastLimit"];
            notificationDisabled?: components["schemas"]["NotificationDisabled"];
        };
        /** @description Where a narrowcast stands. */
        NarrowcastProgressResponse: {
            /**
             * @description `waiting` (target users not yet counted), `sending`, `succeeded` or `failed`.
             * @enum {string}
             */
            phase: "waiting" | "sending" | "succeeded" | "failed";
            /**
             * Format: int64
             * @description Users the messages reached.
             */
            successCount?: number;
            /**
             * Format: int64
             * @description Users the messages did not reach.
             */
            failureCount?: number;
            /**
             * Format: int64
             * @description Users targeted.
             */
            targetCount?: number;
            /** @description Why the narrowcast failed (only when `phase` is `failed`). */
            failedDescription?: string;
            /**
             * @description `1`: LINE had an internal error. `2`: too few target users (privacy threshold).
             * @enum {integer}
             */
            errorCode?: 1 | 2;
            /**
             * Format: date-time
             * @description When the request was accepted (ISO 8601, milliseconds).
             */
            acceptedTime: string;
            /**
             * Format: date-time
             * @description When sending finished (absent while waiting or sending).
             */
            completedTime?: string;
        };
        /** @description Messages for every friend. */
        BroadcastRequest: {
            messages: components["schemas"]["Messages"];
            notificationDisabled?: components["schemas"]["NotificationDisabled"];
        };
        /** @description Messages to check. */
        ValidateMessageRequest: {
            messages: components["schemas"]["Messages"];
        };
        /** @description The monthly message limit. */
        MessageQuotaResponse: {
            /**
             * @description `none` when there is no limit, `limited` when `value` is the limit.
             * @enum {string}
             */
            type: "none" | "limited";
            /**
             * Format: int64
             * @description The monthly limit (only when `type` is `limited`).
             */
            value?: number;
        };
        /** @description Messages sent this month that count against the quota. */
        QuotaConsumptionResponse: {
            /** Format: int64 */
            totalUsage: number;
        };
        /** @description Messages sent on one day. */
        NumberOfMessagesResponse: {
            /**
             * @description `ready` (the count is in `success`), `unready` (not aggregated yet) or `out_of_service` (the date is before aggregation started).
             * @enum {string}
             */
            status: "ready" | "unready" | "out_of_service";
            /**
             * Format: int64
             * @description Messages sent that day (only when `status` is `ready`).
             */
            success?: number;
        };
        /** @description Custom aggregation units used this month. */
        GetAggregationUnitUsageResponse: {
            /** Format: int64 */
            numOfCustomAggregationUnits: number;
        };
        /** @description One page of unit names. */
        GetAggregationUnitNameListResponse: {
            customAggregationUnits: string[];
            /** @description Pass as `start` to read the next page; absent on the last page. */
            next?: string;
        };
        /** @description Where to show the animation and for how long. */
        ShowLoadingAnimationRequest: {
            chatId: components["schemas"]["LineUserId"];
            /**
             * @description Seconds to show it, a multiple of 5 from 5 to 60 (20 by default).
             * @default 20
             */
            loadingSeconds?: number;
        };
        /** @description A one-to-one chat, named by the user's ID. */
        ChatReference: {
            userId: components["schemas"]["LineUserId"];
        };
        /** @description The chat whose messages become read. */
        MarkMessagesAsReadRequest: {
            chat: components["schemas"]["ChatReference"];
        };
        /**
         * @description Token from a message webhook event that marks the chat as read up to that message.
         * @example 30yhdy232...
         */
        MarkAsReadToken: string;
        /** @description The token of the last message to mark as read. */
        MarkMessagesAsReadByTokenRequest: {
            markAsReadToken: components["schemas"]["MarkAsReadToken"];
        };
        /** @description Messages for the LINE user with a given phone number. */
        PnpMessagesRequest: {
            /** @description SHA-256 hash (lowercase hex) of the phone number in E.164 form without hyphens, such as the hash of `+818000001234`. */
            to: string;
            messages: components["schemas"]["Messages"];
            notificationDisabled?: components["schemas"]["NotificationDisabled"];
        };
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
        /** @description One tappable area of a rich menu and what tapping it does. */
        RichMenuArea: {
            bounds: components["schemas"]["RichMenuBounds"];
            action: components["schemas"]["Action"];
        } & {
            action: components["schemas"]["LabelAtMost20"];
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
        /** @description Up to 500 user IDs of friends of the account. */
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
            /** @description Up to 1000 operations. */
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
            /** @description How members pay; `true` for in-app purchase in LINE, `false` for payment in a web browser. */
            isInAppPurchase: boolean;
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
         * @description Who can find the new coupon; `PUBLIC` also lists it on the account's profile, `UNLISTED` only through messages and links.
         * @enum {string}
         */
        CouponCreateVisibility: "UNLISTED" | "PUBLIC";
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
            visibility: components["schemas"]["CouponCreateVisibility"];
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
        /**
         * @description Who can find the coupon: `PUBLIC` also lists it on the account's profile, `UNLISTED` only through messages and links, `PRIVATE` only through messages the account sends.
         * @enum {string}
         */
        CouponVisibility: "UNLISTED" | "PUBLIC" | "PRIVATE";
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
        /** @description A request with the same retry key was already accepted. `x-line-accepted-request-id` names the request that was accepted the first time. */
        Conflict: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                /** @description Request ID of the earlier, accepted request that used the same retry key. */
                "x-line-accepted-request-id"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The retry key is already accepted",
                 *       "sentMessages": [
                 *         {
                 *           "id": "461230966842064897",
                 *           "quoteToken": "IStG5h1Tz7b..."
                 *         }
                 *       ]
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
        /** @description The message objects are valid. The body is an empty JSON object. */
        ValidMessages: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example {} */
                "application/json": components["schemas"]["EmptyResponse"];
            };
        };
        /** @description The count for that day, once LINE has aggregated it. */
        NumberOfMessages: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "ready",
                 *       "success": 10000
                 *     }
                 */
                "application/json": components["schemas"]["NumberOfMessagesResponse"];
            };
        };
        /** @description LINE is still preparing the content; it is not downloadable yet. Ask again later. */
        ContentNotReady: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The user unsent the message; its content is gone for good. */
        MessageUnsent: {
            headers: {
                "x-line-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
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
        /**
         * @description UUID that makes a retried request safe: LINE accepts a key once within 24 hours and answers 409 to a repeat. linekit generates one per call and reuses it on retries.
         * @example 123e4567-e89b-12d3-a456-426614174000
         */
        RetryKey: string;
        /**
         * @description The day to count, as `yyyyMMdd` in Japan time (UTC+9).
         * @example 20261120
         */
        DeliveryDate: string;
        /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
        UserIdPath: components["schemas"]["LineUserId"];
        /** @description A group chat ID (`C` followed by 32 hex digits), as found in webhook event sources. */
        GroupIdPath: components["schemas"]["LineGroupId"];
        /** @description A multi-person chat ID (`R` followed by 32 hex digits), as found in webhook event sources. */
        RoomIdPath: components["schemas"]["LineRoomId"];
        /** @description A rich menu ID as returned by createRichMenu. */
        RichMenuIdPath: components["schemas"]["RichMenuId"];
        /** @description A rich menu alias ID chosen when the alias was created. */
        RichMenuAliasIdPath: components["schemas"]["RichMenuAliasId"];
        /** @description ID of a message a user sent, from the webhook message event. */
        MessageIdPath: string;
        /** @description ID of one membership plan of the LINE Official Account. */
        MembershipIdPath: number;
        /** @description ID of a coupon as returned by createCoupon. */
        CouponIdPath: string;
    };
    requestBodies: {
        ValidateMessage: {
            content: {
                /**
                 * @example {
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "Hello, user"
                 *         },
                 *         {
                 *           "type": "location",
                 *           "title": "LINE Yahoo Corporation",
                 *           "address": "1-3 Kioicho, Chiyoda-ku, Tokyo",
                 *           "latitude": 35.6804,
                 *           "longitude": 139.7369
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ValidateMessageRequest"];
            };
        };
    };
    headers: {
        /** @description Identifier LINE assigns to every request; quote it when asking LINE support about a call. */
        RequestId: string;
    };
    pathItems: never;
}
export type ReplyToken = components['schemas']['ReplyToken'];
export type LineEmojiProductId = components['schemas']['LineEmojiProductId'];
export type LineEmojiId = components['schemas']['LineEmojiId'];
export type TextMessageEmoji = components['schemas']['TextMessageEmoji'];
export type QuoteToken = components['schemas']['QuoteToken'];
export type LabelAtMost20 = components['schemas']['LabelAtMost20'];
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
export type RichMenuAliasId = components['schemas']['RichMenuAliasId'];
export type RichMenuSwitchAction = components['schemas']['RichMenuSwitchAction'];
export type ClipboardAction = components['schemas']['ClipboardAction'];
export type Action = components['schemas']['Action'];
export type QuickReplyItem = components['schemas']['QuickReplyItem'];
export type QuickReply = components['schemas']['QuickReply'];
export type HttpsUrl = components['schemas']['HttpsUrl'];
export type Sender = components['schemas']['Sender'];
export type TextMessage = components['schemas']['TextMessage'];
export type LineUserId = components['schemas']['LineUserId'];
export type UserMentionTarget = components['schemas']['UserMentionTarget'];
export type AllMentionTarget = components['schemas']['AllMentionTarget'];
export type MentionTarget = components['schemas']['MentionTarget'];
export type MentionSubstitution = components['schemas']['MentionSubstitution'];
export type EmojiSubstitution = components['schemas']['EmojiSubstitution'];
export type SubstitutionObject = components['schemas']['SubstitutionObject'];
export type TextMessageV2 = components['schemas']['TextMessageV2'];
export type StickerPackageId = components['schemas']['StickerPackageId'];
export type StickerId = components['schemas']['StickerId'];
export type StickerMessage = components['schemas']['StickerMessage'];
export type ImageMessage = components['schemas']['ImageMessage'];
export type VideoMessage = components['schemas']['VideoMessage'];
export type AudioMessage = components['schemas']['AudioMessage'];
export type LocationMessage = components['schemas']['LocationMessage'];
export type ImagemapBaseSize = components['schemas']['ImagemapBaseSize'];
export type ImagemapArea = components['schemas']['ImagemapArea'];
export type ImagemapExternalLink = components['schemas']['ImagemapExternalLink'];
export type ImagemapVideo = components['schemas']['ImagemapVideo'];
export type ImagemapUriAction = components['schemas']['ImagemapUriAction'];
export type ImagemapMessageAction = components['schemas']['ImagemapMessageAction'];
export type ImagemapClipboardAction = components['schemas']['ImagemapClipboardAction'];
export type ImagemapAction = components['schemas']['ImagemapAction'];
export type ImagemapMessage = components['schemas']['ImagemapMessage'];
export type TemplateThumbnailUrl = components['schemas']['TemplateThumbnailUrl'];
export type TemplateImageAspectRatio = components['schemas']['TemplateImageAspectRatio'];
export type TemplateImageSize = components['schemas']['TemplateImageSize'];
export type HexColor = components['schemas']['HexColor'];
export type ButtonsTemplate = components['schemas']['ButtonsTemplate'];
export type ConfirmTemplate = components['schemas']['ConfirmTemplate'];
export type CarouselColumn = components['schemas']['CarouselColumn'];
export type CarouselTemplate = components['schemas']['CarouselTemplate'];
export type LabelAtMost12 = components['schemas']['LabelAtMost12'];
export type ImageCarouselColumn = components['schemas']['ImageCarouselColumn'];
export type ImageCarouselTemplate = components['schemas']['ImageCarouselTemplate'];
export type Template = components['schemas']['Template'];
export type TemplateMessage = components['schemas']['TemplateMessage'];
export type FlexBox = components['schemas']['FlexBox'];
export type FlexGrow = components['schemas']['FlexGrow'];
export type FlexSpacing = components['schemas']['FlexSpacing'];
export type FlexPosition = components['schemas']['FlexPosition'];
export type FlexInset = components['schemas']['FlexInset'];
export type FlexGravity = components['schemas']['FlexGravity'];
export type FlexButton = components['schemas']['FlexButton'];
export type FlexAlign = components['schemas']['FlexAlign'];
export type FlexImageSize = components['schemas']['FlexImageSize'];
export type FlexAspectRatio = components['schemas']['FlexAspectRatio'];
export type FlexImage = components['schemas']['FlexImage'];
export type FlexFontSize = components['schemas']['FlexFontSize'];
export type FlexIcon = components['schemas']['FlexIcon'];
export type FlexFontWeight = components['schemas']['FlexFontWeight'];
export type FlexFontStyle = components['schemas']['FlexFontStyle'];
export type FlexTextDecoration = components['schemas']['FlexTextDecoration'];
export type FlexSpan = components['schemas']['FlexSpan'];
export type FlexText = components['schemas']['FlexText'];
export type FlexSeparator = components['schemas']['FlexSeparator'];
export type FlexFiller = components['schemas']['FlexFiller'];
export type FlexComponent = components['schemas']['FlexComponent'];
export type FlexLength = components['schemas']['FlexLength'];
export type FlexLinearGradient = components['schemas']['FlexLinearGradient'];
export type FlexBoxBackground = components['schemas']['FlexBoxBackground'];
export type FlexVideoAltContent = components['schemas']['FlexVideoAltContent'];
export type FlexVideo = components['schemas']['FlexVideo'];
export type FlexHero = components['schemas']['FlexHero'];
export type FlexBlockStyle = components['schemas']['FlexBlockStyle'];
export type FlexBubbleStyles = components['schemas']['FlexBubbleStyles'];
export type FlexBubble = components['schemas']['FlexBubble'];
export type FlexCarousel = components['schemas']['FlexCarousel'];
export type FlexContainer = components['schemas']['FlexContainer'];
export type FlexMessage = components['schemas']['FlexMessage'];
export type CouponMessage = components['schemas']['CouponMessage'];
export type Message = components['schemas']['Message'];
export type Messages = components['schemas']['Messages'];
export type NotificationDisabled = components['schemas']['NotificationDisabled'];
export type ReplyMessageRequest = components['schemas']['ReplyMessageRequest'];
export type SentMessage = components['schemas']['SentMessage'];
export type ReplyMessageResponse = components['schemas']['ReplyMessageResponse'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type LineGroupId = components['schemas']['LineGroupId'];
export type LineRoomId = components['schemas']['LineRoomId'];
export type ChatId = components['schemas']['ChatId'];
export type CustomAggregationUnits = components['schemas']['CustomAggregationUnits'];
export type PushMessageRequest = components['schemas']['PushMessageRequest'];
export type PushMessageResponse = components['schemas']['PushMessageResponse'];
export type MulticastRequest = components['schemas']['MulticastRequest'];
export type EmptyResponse = components['schemas']['EmptyResponse'];
export type AudienceRecipient = components['schemas']['AudienceRecipient'];
export type RedeliveryRecipient = components['schemas']['RedeliveryRecipient'];
export type Recipient = components['schemas']['Recipient'];
export type OperatorRecipient = components['schemas']['OperatorRecipient'];
export type AgeDemographic = components['schemas']['AgeDemographic'];
export type AgeDemographicFilter = components['schemas']['AgeDemographicFilter'];
export type AppTypeDemographicFilter = components['schemas']['AppTypeDemographicFilter'];
export type AreaDemographic = components['schemas']['AreaDemographic'];
export type AreaDemographicFilter = components['schemas']['AreaDemographicFilter'];
export type GenderDemographicFilter = components['schemas']['GenderDemographicFilter'];
export type DemographicFilter = components['schemas']['DemographicFilter'];
export type OperatorDemographicFilter = components['schemas']['OperatorDemographicFilter'];
export type SubscriptionPeriod = components['schemas']['SubscriptionPeriod'];
export type SubscriptionPeriodDemographicFilter = components['schemas']['SubscriptionPeriodDemographicFilter'];
export type NarrowcastFilter = components['schemas']['NarrowcastFilter'];
export type NarrowcastLimit = components['schemas']['NarrowcastLimit'];
export type NarrowcastRequest = components['schemas']['NarrowcastRequest'];
export type NarrowcastProgressResponse = components['schemas']['NarrowcastProgressResponse'];
export type BroadcastRequest = components['schemas']['BroadcastRequest'];
export type ValidateMessageRequest = components['schemas']['ValidateMessageRequest'];
export type MessageQuotaResponse = components['schemas']['MessageQuotaResponse'];
export type QuotaConsumptionResponse = components['schemas']['QuotaConsumptionResponse'];
export type NumberOfMessagesResponse = components['schemas']['NumberOfMessagesResponse'];
export type GetAggregationUnitUsageResponse = components['schemas']['GetAggregationUnitUsageResponse'];
export type GetAggregationUnitNameListResponse = components['schemas']['GetAggregationUnitNameListResponse'];
export type ShowLoadingAnimationRequest = components['schemas']['ShowLoadingAnimationRequest'];
export type ChatReference = components['schemas']['ChatReference'];
export type MarkMessagesAsReadRequest = components['schemas']['MarkMessagesAsReadRequest'];
export type MarkAsReadToken = components['schemas']['MarkAsReadToken'];
export type MarkMessagesAsReadByTokenRequest = components['schemas']['MarkMessagesAsReadByTokenRequest'];
export type PnpMessagesRequest = components['schemas']['PnpMessagesRequest'];
export type UserProfileResponse = components['schemas']['UserProfileResponse'];
export type GetFollowersResponse = components['schemas']['GetFollowersResponse'];
export type BotInfoResponse = components['schemas']['BotInfoResponse'];
export type GroupSummaryResponse = components['schemas']['GroupSummaryResponse'];
export type GroupMemberCountResponse = components['schemas']['GroupMemberCountResponse'];
export type GroupMemberIdsResponse = components['schemas']['GroupMemberIdsResponse'];
export type GroupUserProfileResponse = components['schemas']['GroupUserProfileResponse'];
export type RoomMemberCountResponse = components['schemas']['RoomMemberCountResponse'];
export type RoomMemberIdsResponse = components['schemas']['RoomMemberIdsResponse'];
export type RoomUserProfileResponse = components['schemas']['RoomUserProfileResponse'];
export type RichMenuSize = components['schemas']['RichMenuSize'];
export type RichMenuBounds = components['schemas']['RichMenuBounds'];
export type RichMenuArea = components['schemas']['RichMenuArea'];
export type RichMenuRequest = components['schemas']['RichMenuRequest'];
export type RichMenuId = components['schemas']['RichMenuId'];
export type RichMenuIdResponse = components['schemas']['RichMenuIdResponse'];
export type RichMenuResponse = components['schemas']['RichMenuResponse'];
export type RichMenuListResponse = components['schemas']['RichMenuListResponse'];
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
export type CouponCreateVisibility = components['schemas']['CouponCreateVisibility'];
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
export type CouponVisibility = components['schemas']['CouponVisibility'];
export type CouponResponse = components['schemas']['CouponResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseValidMessages = components['responses']['ValidMessages'];
export type ResponseNumberOfMessages = components['responses']['NumberOfMessages'];
export type ResponseContentNotReady = components['responses']['ContentNotReady'];
export type ResponseMessageUnsent = components['responses']['MessageUnsent'];
export type ResponseRichMenuImageTooLarge = components['responses']['RichMenuImageTooLarge'];
export type ResponseRichMenuImageWrongType = components['responses']['RichMenuImageWrongType'];
export type ParameterRetryKey = components['parameters']['RetryKey'];
export type ParameterDeliveryDate = components['parameters']['DeliveryDate'];
export type ParameterUserIdPath = components['parameters']['UserIdPath'];
export type ParameterGroupIdPath = components['parameters']['GroupIdPath'];
export type ParameterRoomIdPath = components['parameters']['RoomIdPath'];
export type ParameterRichMenuIdPath = components['parameters']['RichMenuIdPath'];
export type ParameterRichMenuAliasIdPath = components['parameters']['RichMenuAliasIdPath'];
export type ParameterMessageIdPath = components['parameters']['MessageIdPath'];
export type ParameterMembershipIdPath = components['parameters']['MembershipIdPath'];
export type ParameterCouponIdPath = components['parameters']['CouponIdPath'];
export type RequestBodyValidateMessage = components['requestBodies']['ValidateMessage'];
export type HeaderRequestId = components['headers']['RequestId'];
export type $defs = Record<string, never>;
export interface operations {
    replyMessage: {
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
                 *       "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "Hello, user"
                 *         },
                 *         {
                 *           "type": "sticker",
                 *           "packageId": "446",
                 *           "stickerId": "1988"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReplyMessageRequest"];
            };
        };
        responses: {
            /** @description The messages were sent; their IDs and quote tokens come back. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sentMessages": [
                     *         {
                     *           "id": "461230966842064897",
                     *           "quoteToken": "IStG5h1Tz7b..."
                     *         },
                     *         {
                     *           "id": "461230966842064898",
                     *           "quoteToken": "aKjU8mD1oP2..."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReplyMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    pushMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description UUID that makes a retried request safe: LINE accepts a key once within 24 hours and answers 409 to a repeat. linekit generates one per call and reuses it on retries.
                 * @example 123e4567-e89b-12d3-a456-426614174000
                 */
                "X-Line-Retry-Key"?: components["parameters"]["RetryKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "U4af4980629a2b3c4d5e6f7a8b9c0d1e2",
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "Your order has shipped."
                 *         }
                 *       ],
                 *       "notificationDisabled": false,
                 *       "customAggregationUnits": [
                 *         "shipping_notice"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PushMessageRequest"];
            };
        };
        responses: {
            /** @description The messages were sent; their IDs and quote tokens come back. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sentMessages": [
                     *         {
                     *           "id": "461230966842064897",
                     *           "quoteToken": "IStG5h1Tz7b..."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PushMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    multicast: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description UUID that makes a retried request safe: LINE accepts a key once within 24 hours and answers 409 to a repeat. linekit generates one per call and reuses it on retries.
                 * @example 123e4567-e89b-12d3-a456-426614174000
                 */
                "X-Line-Retry-Key"?: components["parameters"]["RetryKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": [
                 *         "U4af4980629a2b3c4d5e6f7a8b9c0d1e2",
                 *         "U0c229f96c4a2b3c4d5e6f7a8b9c0d1e3"
                 *       ],
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "The store opens at 10:00 tomorrow."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MulticastRequest"];
            };
        };
        responses: {
            /** @description LINE accepted the request. The body is an empty JSON object. */
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    narrowcast: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description UUID that makes a retried request safe: LINE accepts a key once within 24 hours and answers 409 to a repeat. linekit generates one per call and reuses it on retries.
                 * @example 123e4567-e89b-12d3-a456-426614174000
                 */
                "X-Line-Retry-Key"?: components["parameters"]["RetryKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "Spring sale starts today!"
                 *         }
                 *       ],
                 *       "recipient": {
                 *         "type": "operator",
                 *         "and": [
                 *           {
                 *             "type": "audience",
                 *             "audienceGroupId": 5614991017776
                 *           },
                 *           {
                 *             "type": "operator",
                 *             "not": {
                 *               "type": "audience",
                 *               "audienceGroupId": 4389303728991
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "filter": {
                 *         "demographic": {
                 *           "type": "operator",
                 *           "or": [
                 *             {
                 *               "type": "gender",
                 *               "oneOf": [
                 *                 "male",
                 *                 "female"
                 *               ]
                 *             },
                 *             {
                 *               "type": "age",
                 *               "gte": "age_20",
                 *               "lt": "age_40"
                 *             }
                 *           ]
                 *         }
                 *       },
                 *       "limit": {
                 *         "max": 100,
                 *         "upToRemainingQuota": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NarrowcastRequest"];
            };
        };
        responses: {
            /** @description LINE accepted the request and sends in the background. Keep the `x-line-request-id` header to poll getNarrowcastProgress. */
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
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getNarrowcastProgress: {
        parameters: {
            query: {
                /**
                 * @description The `x-line-request-id` returned by the narrowcast request.
                 * @example 7a3b4c9e-0d1f-4e2a-9b8c-5d6e7f8a9b0c
                 */
                requestId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the narrowcast. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phase": "succeeded",
                     *       "successCount": 98,
                     *       "failureCount": 2,
                     *       "targetCount": 100,
                     *       "acceptedTime": "2026-11-21T10:00:00.000Z",
                     *       "completedTime": "2026-11-21T10:00:12.345Z"
                     *     }
                     */
                    "application/json": components["schemas"]["NarrowcastProgressResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    broadcast: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description UUID that makes a retried request safe: LINE accepts a key once within 24 hours and answers 409 to a repeat. linekit generates one per call and reuses it on retries.
                 * @example 123e4567-e89b-12d3-a456-426614174000
                 */
                "X-Line-Retry-Key"?: components["parameters"]["RetryKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "We are closed on Monday for maintenance."
                 *         }
                 *       ],
                 *       "notificationDisabled": true
                 *     }
                 */
                "application/json": components["schemas"]["BroadcastRequest"];
            };
        };
        responses: {
            /** @description LINE accepted the request. The body is an empty JSON object. */
            200: {
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
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validateReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ValidateMessage"];
        responses: {
            200: components["responses"]["ValidMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validatePush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ValidateMessage"];
        responses: {
            200: components["responses"]["ValidMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validateMulticast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ValidateMessage"];
        responses: {
            200: components["responses"]["ValidMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validateNarrowcast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ValidateMessage"];
        responses: {
            200: components["responses"]["ValidMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validateBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ValidateMessage"];
        responses: {
            200: components["responses"]["ValidMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageQuota: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The monthly limit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "limited",
                     *       "value": 1000
                     *     }
                     */
                    "application/json": components["schemas"]["MessageQuotaResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageQuotaConsumption: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages sent so far this month. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalUsage": 500
                     *     }
                     */
                    "application/json": components["schemas"]["QuotaConsumptionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getNumberOfSentReplyMessages: {
        parameters: {
            query: {
                /**
                 * @description The day to count, as `yyyyMMdd` in Japan time (UTC+9).
                 * @example 20261120
                 */
                date: components["parameters"]["DeliveryDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NumberOfMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getNumberOfSentPushMessages: {
        parameters: {
            query: {
                /**
                 * @description The day to count, as `yyyyMMdd` in Japan time (UTC+9).
                 * @example 20261120
                 */
                date: components["parameters"]["DeliveryDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NumberOfMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getNumberOfSentMulticastMessages: {
        parameters: {
            query: {
                /**
                 * @description The day to count, as `yyyyMMdd` in Japan time (UTC+9).
                 * @example 20261120
                 */
                date: components["parameters"]["DeliveryDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NumberOfMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getNumberOfSentBroadcastMessages: {
        parameters: {
            query: {
                /**
                 * @description The day to count, as `yyyyMMdd` in Japan time (UTC+9).
                 * @example 20261120
                 */
                date: components["parameters"]["DeliveryDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NumberOfMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAggregationUnitUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Units used this month. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "numOfCustomAggregationUnits": 22
                     *     }
                     */
                    "application/json": components["schemas"]["GetAggregationUnitUsageResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAggregationUnitNameList: {
        parameters: {
            query?: {
                /**
                 * @description Names per page, at most 100 (the default).
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description The `next` value of the previous page; leave out for the first page.
                 * @example jxEWCEEP...
                 */
                start?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of unit names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customAggregationUnits": [
                     *         "promotion_a",
                     *         "promotion_b"
                     *       ],
                     *       "next": "jxEWCEEP..."
                     *     }
                     */
                    "application/json": components["schemas"]["GetAggregationUnitNameListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    showLoadingAnimation: {
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
                 *       "chatId": "U4af4980629a2b3c4d5e6f7a8b9c0d1e2",
                 *       "loadingSeconds": 10
                 *     }
                 */
                "application/json": components["schemas"]["ShowLoadingAnimationRequest"];
            };
        };
        responses: {
            /** @description LINE accepted the request. The body is an empty JSON object. */
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
    markMessagesAsRead: {
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
                 *       "chat": {
                 *         "userId": "U4af4980629a2b3c4d5e6f7a8b9c0d1e2"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MarkMessagesAsReadRequest"];
            };
        };
        responses: {
            /** @description The messages are marked as read. The body is an empty JSON object. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    markMessagesAsReadByToken: {
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
                 *       "markAsReadToken": "30yhdy232..."
                 *     }
                 */
                "application/json": components["schemas"]["MarkMessagesAsReadByTokenRequest"];
            };
        };
        responses: {
            /** @description The messages are marked as read. The body is an empty JSON object. */
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
    pushMessagesByPhone: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description String (16 to 100 characters) echoed in the `delivery.data` of the delivery completion webhook event.
                 * @example order-20261121-000123
                 */
                "X-Line-Delivery-Tag"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "d41e0ad70dddfeb68f149ad6fc61574b9c5780ab7bcb2fba5517771ffbb2409c",
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "Your parcel will arrive today between 14:00 and 16:00."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PnpMessagesRequest"];
            };
        };
        responses: {
            /** @description LINE accepted the request. The body is an empty JSON object. */
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
            /** @description The message cannot go to this number: no LINE user has it, the service is not offered in the number's country, or the user turned LINE notification messages off. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Failed to send messages"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPNPMessageStatistics: {
        parameters: {
            query: {
                /**
                 * @description The day to count, as `yyyyMMdd` in Japan time (UTC+9).
                 * @example 20261120
                 */
                date: components["parameters"]["DeliveryDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NumberOfMessages"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
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
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
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
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
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
                /** @description A rich menu ID as returned by createRichMenu. */
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
                /** @description A rich menu ID as returned by createRichMenu. */
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
                /** @description A rich menu ID as returned by createRichMenu. */
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
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
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
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
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
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
                userId: components["parameters"]["UserIdPath"];
                /** @description A rich menu ID as returned by createRichMenu. */
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
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
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
                /** @description ID of a message a user sent, from the webhook message event. */
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
                    "*/*": components["schemas"]["BinaryContent"];
                };
            };
            202: components["responses"]["ContentNotReady"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["MessageUnsent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageContentPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a message a user sent, from the webhook message event. */
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
            202: components["responses"]["ContentNotReady"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["MessageUnsent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessageContentTranscodingByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a message a user sent, from the webhook message event. */
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
                /** @description A rich menu ID as returned by createRichMenu. */
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
                /** @description A rich menu ID as returned by createRichMenu. */
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
                /** @description A user ID as LINE issues it to this channel (`U` + 32 hex digits, or a module channel's `L…` ID). */
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
                     *           "isInAppPurchase": false,
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
                /** @description Only coupons in any of these states; all states when left out. */
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
