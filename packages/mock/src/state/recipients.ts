// Who a narrowcast reaches: the friends in its recipient tree (audiences, the users an earlier
// broadcast or narrowcast went to, combined with and/or/not), or every friend without one.
import { audienceMembers } from "./audiences.js";
import type { LineState } from "./line-state.js";

export type Recipient =
  | { type: "audience"; audienceGroupId: number }
  | { type: "redelivery"; requestId: string }
  | { type: "operator"; and?: Recipient[]; or?: Recipient[]; not?: Recipient };

/** The friends a narrowcast with this recipient reaches, in follower order. */
export function narrowcastTargets(state: LineState, recipient: Recipient | undefined): string[] {
  const followers = state.followers();
  if (!recipient) return followers;
  const chosen = usersOf(state, recipient, new Set(followers));
  return followers.filter((userId) => chosen.has(userId));
}

function usersOf(state: LineState, recipient: Recipient, everyone: Set<string>): Set<string> {
  switch (recipient.type) {
    case "audience":
      // An audience the channel does not have reaches no one.
      return new Set(audienceMembers(state, recipient.audienceGroupId));
    case "redelivery":
      return new Set(state.sent.filter((m) => m.requestId === recipient.requestId).flatMap((m) => m.to));
    case "operator": {
      if (recipient.and) {
        const [first, ...rest] = recipient.and.map((r) => usersOf(state, r, everyone));
        return new Set([...first!].filter((userId) => rest.every((set) => set.has(userId))));
      }
      if (recipient.or) return new Set(recipient.or.flatMap((r) => [...usersOf(state, r, everyone)]));
      const excluded = usersOf(state, recipient.not!, everyone);
      return new Set([...everyone].filter((userId) => !excluded.has(userId)));
    }
  }
}
