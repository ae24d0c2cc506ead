// A messaging client whose requests reach a server answering as LINE's reference documents,
// with Prism checking that answer against our spec (see scripts/vitest/reference-answer.ts).
import { hostCheckingFetch } from "@linekit/mock";
import { afterEach } from "vitest";
import { type ReferenceAnswer, serveReferenceAnswer } from "../../../scripts/vitest/reference-answer.js";
import { createMessagingClient } from "../src/index.js";

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** A client answered with `answer`; `violations()` lists what Prism found wrong in each answer. */
export async function clientAnswering(answer: ReferenceAnswer) {
  const proxy = await serveReferenceAnswer("messaging", answer);
  open.push(proxy.close);
  const client = createMessagingClient({
    channelAccessToken: "test-token",
    fetch: hostCheckingFetch(proxy.url, proxy.recordingFetch),
    retry: false,
  });
  return { client, violations: () => proxy.answerViolations().flat() };
}
