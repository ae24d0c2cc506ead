// Generated from specs/webhook.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description One webhook delivery. `events` is empty when LINE only checks that the URL answers.
         * @example {
         *       "destination": "U0123456789abcdef0123456789abcdef",
         *       "events": [
         *         {
         *           "type": "message",
         *           "mode": "active",
         *           "timestamp": 1763719200000,
         *           "webhookEventId": "01JAB3KZ6W0000000000000000",
         *           "deliveryContext": {
         *             "isRedelivery": false
         *           },
         *           "source": {
         *             "type": "user",
         *             "userId": "U4af4980629abcdef0123456789abcdef"
         *           },
         *           "replyToken": "b60d432864f44d079f6d8efe86cf404b",
         *           "message": {
         *             "type": "text",
         *             "id": "468789577898262530",
         *             "quoteToken": "q3Plxr4AgKd",
         *             "text": "Hello, bot"
         *           }
         *         }
         *       ]
         *     }
         */
        CallbackRequest: {
            destination: components["schemas"]["LineUserId"];
            /** @description The events of this delivery, oldest first. May be empty. */
            events: components["schemas"]["Event"][];
        };
        /** @description One webhook event; `type` says which. */
        Event: components["schemas"]["MessageEvent"] | components["schemas"]["MessageEditedEvent"] | components["schemas"]["UnsendEvent"] | components["schemas"]["FollowEvent"] | components["schemas"]["UnfollowEvent"] | components["schemas"]["JoinEvent"] | components["schemas"]["LeaveEvent"] | components["schemas"]["MemberJoinedEvent"] | components["schemas"]["MemberLeftEvent"] | components["schemas"]["PostbackEvent"] | components["schemas"]["VideoPlayCompleteEvent"] | components["schemas"]["BeaconEvent"] | components["schemas"]["AccountLinkEvent"] | components["schemas"]["MembershipEvent"] | components["schemas"]["ModuleEvent"] | components["schemas"]["ActivatedEvent"] | components["schemas"]["DeactivatedEvent"] | components["schemas"]["BotSuspendedEvent"] | components["schemas"]["BotResumedEvent"] | components["schemas"]["PnpDeliveryCompletionEvent"];
        /** @description Properties every event carries, whatever its type. */
        EventBase: {
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            timestamp: number;
            mode: components["schemas"]["EventMode"];
            /** @description ID of this event (a ULID). A redelivered event keeps its ID, so use it to drop duplicates. */
            webhookEventId: string;
            deliveryContext: components["schemas"]["DeliveryContext"];
            source?: components["schemas"]["Source"];
        };
        /**
         * @description `active`: the channel may answer. `standby`: another channel holds the chat (see the `activated` event); this one should not send messages, and events carry no reply token.
         * @enum {string}
         */
        EventMode: "active" | "standby";
        /** @description How this event was delivered. */
        DeliveryContext: {
            /** @description True when LINE sends the event again because an earlier delivery failed. */
            isRedelivery: boolean;
        };
        /** @description A user sent a message to the bot, or into a group or room the bot is in. */
        MessageEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "message";
            replyToken?: components["schemas"]["ReplyToken"];
            message: components["schemas"]["MessageContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message";
        };
        /** @description A user edited a message they had sent; `message` holds the edited message. */
        MessageEditedEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "messageEdited";
            replyToken?: components["schemas"]["ReplyToken"];
            message: components["schemas"]["MessageContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "messageEdited";
        };
        /** @description A user took back a message they had sent. Delete your copy of it. */
        UnsendEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "unsend";
            unsend: components["schemas"]["UnsendDetail"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "unsend";
        };
        /** @description Which message was taken back. */
        UnsendDetail: {
            /** @description ID of the message that was unsent. */
            messageId: string;
        };
        /** @description A user added the bot as a friend, or unblocked it. */
        FollowEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "follow";
            replyToken?: components["schemas"]["ReplyToken"];
            follow: components["schemas"]["FollowDetail"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "follow";
        };
        /** @description Whether this follow is a first friend add or an unblock. */
        FollowDetail: {
            /** @description True when the user had blocked the bot and now unblocked it; false for a new friend add. */
            isUnblocked: boolean;
        };
        /** @description A user blocked the bot. */
        UnfollowEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "unfollow";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "unfollow";
        };
        /** @description The bot was added to a group or a room. */
        JoinEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "join";
            replyToken?: components["schemas"]["ReplyToken"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "join";
        };
        /** @description The bot was removed from a group, or left a group or room. */
        LeaveEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "leave";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "leave";
        };
        /** @description Users joined a group or room the bot is in. */
        MemberJoinedEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "memberJoined";
            replyToken?: components["schemas"]["ReplyToken"];
            joined: components["schemas"]["JoinedMembers"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "memberJoined";
        };
        /** @description The users who joined. */
        JoinedMembers: {
            members: components["schemas"]["UserSource"][];
        };
        /** @description Users left a group or room the bot is in. */
        MemberLeftEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "memberLeft";
            left: components["schemas"]["LeftMembers"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "memberLeft";
        };
        /** @description The users who left. */
        LeftMembers: {
            members: components["schemas"]["UserSource"][];
        };
        /** @description A user tapped a postback action (button, rich menu area, date picker, rich menu switch). */
        PostbackEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "postback";
            replyToken?: components["schemas"]["ReplyToken"];
            postback: components["schemas"]["PostbackContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "postback";
        };
        /** @description What the postback action carried. */
        PostbackContent: {
            /** @description The `data` string of the postback action. */
            data: string;
            params?: components["schemas"]["PostbackParams"];
        };
        /** @description Extra values for date picker actions (`date`, `time` or `datetime`, depending on the picker mode) and rich menu switch actions (`newRichMenuAliasId`, `status`). */
        PostbackParams: {
            /** @description Chosen date, `yyyy-MM-dd`. */
            date?: string;
            /** @description Chosen time, `HH:mm`. */
            time?: string;
            /** @description Chosen date and time, `yyyy-MM-ddTHH:mm`. */
            datetime?: string;
            /** @description Alias ID of the rich menu the user switched to. */
            newRichMenuAliasId?: string;
            /**
             * @description Outcome of the rich menu switch.
             * @enum {string}
             */
            status?: "SUCCESS" | "RICHMENU_ALIAS_ID_NOTFOUND" | "RICHMENU_NOTFOUND" | "FAILED";
        };
        /** @description A user watched to the end a video message that was sent with a `trackingId`. */
        VideoPlayCompleteEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "videoPlayComplete";
            replyToken?: components["schemas"]["ReplyToken"];
            videoPlayComplete: components["schemas"]["VideoPlayComplete"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "videoPlayComplete";
        };
        /** @description Which video was watched. */
        VideoPlayComplete: {
            /** @description The `trackingId` given when the video message was sent. */
            trackingId: string;
        };
        /** @description A user's LINE app came in range of a LINE Beacon, or tapped its banner. */
        BeaconEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "beacon";
            replyToken?: components["schemas"]["ReplyToken"];
            beacon: components["schemas"]["BeaconContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "beacon";
        };
        /** @description The beacon and what happened near it. */
        BeaconContent: {
            /** @description Hardware ID of the beacon. */
            hwid: string;
            /**
             * @description `enter`: came in range; `banner`: tapped the beacon banner; `stay`: still in range.
             * @enum {string}
             */
            type: "enter" | "banner" | "stay";
            /** @description Device message the beacon sent, as hex; only when the beacon sends one. */
            dm?: string;
        };
        /** @description A user linked (or failed to link) their LINE account with an account of the bot's service. */
        AccountLinkEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "accountLink";
            replyToken?: components["schemas"]["ReplyToken"];
            link: components["schemas"]["LinkContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "accountLink";
        };
        /** @description Outcome of the account link. */
        LinkContent: {
            /** @enum {string} */
            result: "ok" | "failed";
            /** @description The nonce the bot issued when it started the link. */
            nonce: string;
        };
        /** @description A user joined, left or renewed a paid membership of the account. */
        MembershipEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "membership";
            replyToken?: components["schemas"]["ReplyToken"];
            membership: components["schemas"]["MembershipContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "membership";
        };
        /** @description What happened to the user's membership. */
        MembershipContent: components["schemas"]["JoinedMembershipContent"] | components["schemas"]["LeftMembershipContent"] | components["schemas"]["RenewedMembershipContent"];
        /** @description The user joined a membership. */
        JoinedMembershipContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "joined";
            membershipId: components["schemas"]["MembershipId"];
        };
        /** @description The user left a membership. */
        LeftMembershipContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "left";
            membershipId: components["schemas"]["MembershipId"];
        };
        /** @description The user's membership was renewed. */
        RenewedMembershipContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "renewed";
            membershipId: components["schemas"]["MembershipId"];
        };
        /**
         * Format: int64
         * @description ID of the membership plan.
         */
        MembershipId: number;
        /** @description A module channel was attached to or detached from a LINE Official Account. */
        ModuleEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "module";
            module: components["schemas"]["ModuleContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "module";
        };
        /** @description Whether the module was attached or detached. */
        ModuleContent: components["schemas"]["AttachedModuleContent"] | components["schemas"]["DetachedModuleContent"];
        /** @description The module was attached to an account. */
        AttachedModuleContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "attached";
            /** @description User ID of the bot of the account the module was attached to. */
            botId: string;
            /** @description Permissions the account's admin granted the module. */
            scopes: string[];
        };
        /** @description The module was detached from an account. */
        DetachedModuleContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "detached";
            /** @description User ID of the bot of the account the module was detached from. */
            botId: string;
            /**
             * @description Why the module was detached.
             * @enum {string}
             */
            reason: "bot_deleted";
        };
        /** @description This module channel became the active channel of a chat and may now answer in it. */
        ActivatedEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "activated";
            chatControl: components["schemas"]["ChatControl"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "activated";
        };
        /** @description How long this channel keeps control of the chat. */
        ChatControl: {
            /**
             * Format: int64
             * @description When control returns to the primary channel, in milliseconds since the Unix epoch.
             */
            expireAt: number;
        };
        /** @description This module channel is no longer the active channel of a chat (it is on standby). */
        DeactivatedEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "deactivated";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "deactivated";
        };
        /** @description The LINE Official Account this module is attached to was suspended. */
        BotSuspendedEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "botSuspended";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "botSuspended";
        };
        /** @description The LINE Official Account this module is attached to is no longer suspended. */
        BotResumedEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "botResumed";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "botResumed";
        };
        /** @description A LINE notification message (PNP) sent by phone number was delivered. */
        PnpDeliveryCompletionEvent: components["schemas"]["EventBase"] & {
            /** @enum {string} */
            type: "delivery";
            delivery: components["schemas"]["PnpDelivery"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "delivery";
        };
        /** @description Which notification message was delivered. */
        PnpDelivery: {
            /** @description The `X-Line-Delivery-Tag` value sent with the notification message, or the hashed phone number when no tag was sent. */
            data: string;
        };
        /** @description Where the event came from. */
        Source: components["schemas"]["UserSource"] | components["schemas"]["GroupSource"] | components["schemas"]["RoomSource"];
        /** @description A one-on-one chat with a user. */
        UserSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user";
            userId: components["schemas"]["LineUserId"];
        };
        /** @description A group chat. */
        GroupSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group";
            groupId: components["schemas"]["LineGroupId"];
            userId?: components["schemas"]["LineUserId"];
        };
        /** @description A multi-person chat (room). */
        RoomSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room";
            roomId: components["schemas"]["LineRoomId"];
            userId?: components["schemas"]["LineUserId"];
        };
        /** @description The message of a message event; `type` says what kind. */
        MessageContent: components["schemas"]["TextMessageContent"] | components["schemas"]["ImageMessageContent"] | components["schemas"]["VideoMessageContent"] | components["schemas"]["AudioMessageContent"] | components["schemas"]["FileMessageContent"] | components["schemas"]["LocationMessageContent"] | components["schemas"]["StickerMessageContent"];
        /** @description Properties every received message has. */
        MessageContentBase: {
            /** @description Message ID; also the key for fetching image, video, audio and file content. */
            id: string;
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        /** @description ID of the earlier message this message quotes; only present when it quotes one. */
        QuotedMessageId: string;
        /** @description A text message, possibly with LINE emojis and mentions. */
        TextMessageContent: components["schemas"]["MessageContentBase"] & {
            /** @enum {string} */
            type: "text";
            /** @description The text. LINE emojis appear as `(name)` placeholders located by `emojis`. */
            text: string;
            /** @description LINE emojis in the text; only present when there are some. */
            emojis?: components["schemas"]["ReceivedEmoji"][];
            mention?: components["schemas"]["Mention"];
            quoteToken: components["schemas"]["QuoteToken"];
            quotedMessageId?: components["schemas"]["QuotedMessageId"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
        };
        /** @description Where a LINE emoji sits in the text and which one it is. */
        ReceivedEmoji: {
            /** @description Position of the emoji's placeholder in `text` (0-based, UTF-16 code units). */
            index: number;
            /** @description Length of the placeholder in `text`. */
            length: number;
            productId: components["schemas"]["LineEmojiProductId"];
            emojiId: components["schemas"]["LineEmojiId"];
        };
        /** @description The mentions in the text; only present when there are some. */
        Mention: {
            mentionees: components["schemas"]["Mentionee"][];
        };
        /** @description One mention; `type` says whether it names a user or everyone. */
        Mentionee: components["schemas"]["UserMentionee"] | components["schemas"]["AllMentionee"];
        /** @description A mention of one user (or of the bot itself). */
        UserMentionee: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user";
            /** @description Position of the mention (`@name`) in `text`. */
            index: number;
            /** @description Length of the mention in `text`. */
            length: number;
            userId?: components["schemas"]["LineUserId"];
            /** @description True when the mention names the bot that receives this event. */
            isSelf?: boolean;
        };
        /** @description An `@All` mention of everyone in the chat. */
        AllMentionee: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "all";
            /** @description Position of the mention in `text`. */
            index: number;
            /** @description Length of the mention in `text`. */
            length: number;
        };
        /** @description An image; the bytes come from the message content endpoint (or `contentProvider`). */
        ImageMessageContent: components["schemas"]["MessageContentBase"] & {
            /** @enum {string} */
            type: "image";
            contentProvider: components["schemas"]["ContentProvider"];
            imageSet?: components["schemas"]["ImageSet"];
            quoteToken: components["schemas"]["QuoteToken"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
        };
        /** @description Present when the user sent several images at once; each arrives as its own event. */
        ImageSet: {
            /** @description Same for every image of the batch. */
            id: string;
            /** @description Position of this image in the batch, from 1. */
            index?: number;
            /** @description Number of images in the batch. */
            total?: number;
        };
        /** @description A video. */
        VideoMessageContent: components["schemas"]["MessageContentBase"] & {
            /** @enum {string} */
            type: "video";
            /**
             * Format: int64
             * @description Length in milliseconds.
             */
            duration?: number;
            contentProvider: components["schemas"]["ContentProvider"];
            quoteToken: components["schemas"]["QuoteToken"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "video";
        };
        /** @description A voice or audio message. */
        AudioMessageContent: components["schemas"]["MessageContentBase"] & {
            /** @enum {string} */
            type: "audio";
            /**
             * Format: int64
             * @description Length in milliseconds.
             */
            duration?: number;
            contentProvider: components["schemas"]["ContentProvider"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "audio";
        };
        /** @description A file. */
        FileMessageContent: components["schemas"]["MessageContentBase"] & {
            /** @enum {string} */
            type: "file";
            /** @description Name of the file. */
            fileName: string;
            /**
             * Format: int64
             * @description Size of the file in bytes.
             */
            fileSize: number;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "file";
        };
        /** @description A location. */
        LocationMessageContent: components["schemas"]["MessageContentBase"] & {
            /** @enum {string} */
            type: "location";
            /** @description Name of the place, when the user picked one. */
            title?: string;
            /** @description Address of the place, when known. */
            address?: string;
            /** Format: double */
            latitude: number;
            /** Format: double */
            longitude: number;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location";
        };
        /** @description A sticker. */
        StickerMessageContent: components["schemas"]["MessageContentBase"] & {
            /** @enum {string} */
            type: "sticker";
            packageId: components["schemas"]["StickerPackageId"];
            stickerId: components["schemas"]["StickerId"];
            stickerResourceType: components["schemas"]["StickerResourceType"];
            /** @description Up to 15 words describing the sticker (a random pick when it has more); may differ between events for the same sticker. */
            keywords?: string[];
            /** @description Text the user typed into a message sticker; only for message stickers. */
            text?: string;
            quoteToken: components["schemas"]["QuoteToken"];
            quotedMessageId?: components["schemas"]["QuotedMessageId"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sticker";
        };
        /**
         * @description What kind of sticker it is (still, animated, with sound, pop-up, custom text, ...).
         * @enum {string}
         */
        StickerResourceType: "STATIC" | "ANIMATION" | "SOUND" | "ANIMATION_SOUND" | "POPUP" | "POPUP_SOUND" | "CUSTOM" | "MESSAGE" | "NAME_TEXT" | "PER_STICKER_TEXT";
        /** @description Where the content of an image, video or audio message is stored. */
        ContentProvider: components["schemas"]["LineContentProvider"] | components["schemas"]["ExternalContentProvider"];
        /** @description The user sent the content; fetch it with the message content endpoint. */
        LineContentProvider: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "line";
        };
        /** @description The content lives at a URL outside LINE (for example, sent through LIFF). */
        ExternalContentProvider: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "external";
            /**
             * Format: uri
             * @description URL of the content.
             */
            originalContentUrl: string;
            /**
             * Format: uri
             * @description URL of a preview image; not present for audio.
             */
            previewImageUrl?: string;
        };
        /**
         * @description ID of a LINE user as this channel sees it: `U` followed by 32 hexadecimal digits, or, for a module channel, 68 characters starting with `L`. It differs from the LINE ID users show each other.
         * @example U4af4980629a2b3c4d5e6f7a8b9c0d1e2
         */
        LineUserId: string;
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
         * @description Token from a webhook event that lets the bot answer it once, for a limited time (about one minute after the event).
         * @example nHuyWiB7yP5Zw52FIkcQobQuGDXCTA
         */
        ReplyToken: string;
        /**
         * @description Token from a message webhook event that marks the chat as read up to that message.
         * @example 30yhdy232...
         */
        MarkAsReadToken: string;
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
        /**
         * @description Opaque token of a message (received in a webhook, or returned when sending) that a later text or sticker message can quote.
         * @example q3Plxr4AgKd...
         */
        QuoteToken: string;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type CallbackRequest = components['schemas']['CallbackRequest'];
export type Event = components['schemas']['Event'];
export type EventBase = components['schemas']['EventBase'];
export type EventMode = components['schemas']['EventMode'];
export type DeliveryContext = components['schemas']['DeliveryContext'];
export type MessageEvent = components['schemas']['MessageEvent'];
export type MessageEditedEvent = components['schemas']['MessageEditedEvent'];
export type UnsendEvent = components['schemas']['UnsendEvent'];
export type UnsendDetail = components['schemas']['UnsendDetail'];
export type FollowEvent = components['schemas']['FollowEvent'];
export type FollowDetail = components['schemas']['FollowDetail'];
export type UnfollowEvent = components['schemas']['UnfollowEvent'];
export type JoinEvent = components['schemas']['JoinEvent'];
export type LeaveEvent = components['schemas']['LeaveEvent'];
export type MemberJoinedEvent = components['schemas']['MemberJoinedEvent'];
export type JoinedMembers = components['schemas']['JoinedMembers'];
export type MemberLeftEvent = components['schemas']['MemberLeftEvent'];
export type LeftMembers = components['schemas']['LeftMembers'];
export type PostbackEvent = components['schemas']['PostbackEvent'];
export type PostbackContent = components['schemas']['PostbackContent'];
export type PostbackParams = components['schemas']['PostbackParams'];
export type VideoPlayCompleteEvent = components['schemas']['VideoPlayCompleteEvent'];
export type VideoPlayComplete = components['schemas']['VideoPlayComplete'];
export type BeaconEvent = components['schemas']['BeaconEvent'];
export type BeaconContent = components['schemas']['BeaconContent'];
export type AccountLinkEvent = components['schemas']['AccountLinkEvent'];
export type LinkContent = components['schemas']['LinkContent'];
export type MembershipEvent = components['schemas']['MembershipEvent'];
export type MembershipContent = components['schemas']['MembershipContent'];
export type JoinedMembershipContent = components['schemas']['JoinedMembershipContent'];
export type LeftMembershipContent = components['schemas']['LeftMembershipContent'];
export type RenewedMembershipContent = components['schemas']['RenewedMembershipContent'];
export type MembershipId = components['schemas']['MembershipId'];
export type ModuleEvent = components['schemas']['ModuleEvent'];
export type ModuleContent = components['schemas']['ModuleContent'];
export type AttachedModuleContent = components['schemas']['AttachedModuleContent'];
export type DetachedModuleContent = components['schemas']['DetachedModuleContent'];
export type ActivatedEvent = components['schemas']['ActivatedEvent'];
export type ChatControl = components['schemas']['ChatControl'];
export type DeactivatedEvent = components['schemas']['DeactivatedEvent'];
export type BotSuspendedEvent = components['schemas']['BotSuspendedEvent'];
export type BotResumedEvent = components['schemas']['BotResumedEvent'];
export type PnpDeliveryCompletionEvent = components['schemas']['PnpDeliveryCompletionEvent'];
export type PnpDelivery = components['schemas']['PnpDelivery'];
export type Source = components['schemas']['Source'];
export type UserSource = components['schemas']['UserSource'];
export type GroupSource = components['schemas']['GroupSource'];
export type RoomSource = components['schemas']['RoomSource'];
export type MessageContent = components['schemas']['MessageContent'];
export type MessageContentBase = components['schemas']['MessageContentBase'];
export type QuotedMessageId = components['schemas']['QuotedMessageId'];
export type TextMessageContent = components['schemas']['TextMessageContent'];
export type ReceivedEmoji = components['schemas']['ReceivedEmoji'];
export type Mention = components['schemas']['Mention'];
export type Mentionee = components['schemas']['Mentionee'];
export type UserMentionee = components['schemas']['UserMentionee'];
export type AllMentionee = components['schemas']['AllMentionee'];
export type ImageMessageContent = components['schemas']['ImageMessageContent'];
export type ImageSet = components['schemas']['ImageSet'];
export type VideoMessageContent = components['schemas']['VideoMessageContent'];
export type AudioMessageContent = components['schemas']['AudioMessageContent'];
export type FileMessageContent = components['schemas']['FileMessageContent'];
export type LocationMessageContent = components['schemas']['LocationMessageContent'];
export type StickerMessageContent = components['schemas']['StickerMessageContent'];
export type StickerResourceType = components['schemas']['StickerResourceType'];
export type ContentProvider = components['schemas']['ContentProvider'];
export type LineContentProvider = components['schemas']['LineContentProvider'];
export type ExternalContentProvider = components['schemas']['ExternalContentProvider'];
export type LineUserId = components['schemas']['LineUserId'];
export type LineGroupId = components['schemas']['LineGroupId'];
export type LineRoomId = components['schemas']['LineRoomId'];
export type ReplyToken = components['schemas']['ReplyToken'];
export type MarkAsReadToken = components['schemas']['MarkAsReadToken'];
export type LineEmojiProductId = components['schemas']['LineEmojiProductId'];
export type LineEmojiId = components['schemas']['LineEmojiId'];
export type QuoteToken = components['schemas']['QuoteToken'];
export type StickerPackageId = components['schemas']['StickerPackageId'];
export type StickerId = components['schemas']['StickerId'];
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
