// The seed: who and what the in-memory LINE starts with (and returns to on `reset()`).
// Replace it with `startMock({ seed })` or `linekit-mock --seed file.json` (same shape, as JSON).

/** A LINE user the bot may know. Their profile picture is served by the mock. */
export interface SeedUser {
  userId: string;
  displayName: string;
  statusMessage?: string | undefined;
  /** BCP 47 language tag, as LINE reports it. */
  language?: string | undefined;
  /** Whether the user has added the bot as a friend (only friends are listed by `getFollowers`). */
  follows: boolean;
}

export interface SeedChat {
  /** A group ID (`C…`) or a room ID (`R…`). */
  chatId: string;
  /** Groups have a name; rooms do not. */
  name?: string | undefined;
  memberIds: string[];
}

export interface Seed {
  /** The bot's own account (`getBotInfo`). */
  bot: { userId: string; basicId: string; displayName: string };
  /** The channel's webhook settings (`getWebhookEndpoint`); LINE only takes HTTPS URLs. */
  webhook: { endpoint: string; active: boolean };
  users: SeedUser[];
  chats: SeedChat[];
  /** The monthly message limit (`getMessageQuota`); undefined means no limit. */
  monthlyQuota?: number | undefined;
  /** How many IDs one page of `getFollowers` holds when the caller gives no `limit` (LINE: 300). */
  followersPageSize?: number | undefined;
}

const hexId = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(32, "0")}`;

/** The default seed: five friends, one user who blocked the bot, one group, one room. */
export const defaultSeed: Seed = {
  bot: { userId: "Ub0700000000000000000000000000000", basicId: "@linekit", displayName: "linekit mock bot" },
  webhook: { endpoint: "https://bot.example.com/line/webhook", active: true },
  users: [
    { userId: hexId("U", 1), displayName: "Hana Sato", statusMessage: "Out for lunch", language: "ja", follows: true },
    { userId: hexId("U", 2), displayName: "Kenji Tanaka", language: "ja", follows: true },
    { userId: hexId("U", 3), displayName: "Mai Suzuki", statusMessage: "☕", language: "ja", follows: true },
    { userId: hexId("U", 4), displayName: "Alex Kim", language: "en", follows: true },
    { userId: hexId("U", 5), displayName: "Somchai P.", language: "th", follows: true },
    { userId: hexId("U", 6), displayName: "Blocked Bob", language: "en", follows: false },
  ],
  chats: [
    { chatId: hexId("C", 1), name: "Lunch club", memberIds: [hexId("U", 1), hexId("U", 2), hexId("U", 3)] },
    { chatId: hexId("R", 1), memberIds: [hexId("U", 4), hexId("U", 5)] },
  ],
  monthlyQuota: 500,
};
