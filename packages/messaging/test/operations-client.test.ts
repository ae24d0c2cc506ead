// The smallest client: one imported operation entry, fully typed through core's registry.
import { createOperationsClient, type WithResponse } from "@linekit/core";
import { hostCheckingFetch, readViolations } from "@linekit/mock";
import { assertType, describe, expect, inject, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { getProfile, replyMessage } from "../src/generated/operations.js";
import { type components, createMessagingClient } from "../src/index.js";

const mockUrl = inject("mockUrl");

describe("createOperationsClient with single operation entries", () => {
  const line = createOperationsClient(
    { replyMessage, getProfile },
    { channelAccessToken: "t", fetch: hostCheckingFetch(mockUrl) },
  );

  it("calls each operation on its host with the area client's calling convention", async () => {
    const reply = await line.replyMessage({
      replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
      messages: [{ type: "text", text: "hi" }],
    });
    assertType<components["schemas"]["ReplyMessageResponse"]>(reply);
    const profile = await line.getProfile({ userId: "U4af4980629a0b1c2d3e4f5a6b7c8d9e0" });
    expect(typeof profile.displayName).toBe("string");
    const result = await line.withResponse.getProfile({ userId: "U4af4980629a0b1c2d3e4f5a6b7c8d9e0" });
    assertType<WithResponse<components["schemas"]["UserProfileResponse"]>>(result);
    expect(result.status).toBe(200);
  });

  it("keeps the spec's types: a wrong message fails to compile and the mock rejects it", async () => {
    const error = await rejectionOf(
      line
        // @ts-expect-error "txt" is not a message type
        .replyMessage({ replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA", messages: [{ type: "txt", text: "hi" }] }),
    );
    expect(readViolations(error).length).toBeGreaterThan(0);
    expect((error as { operationId?: string }).operationId).toBe("replyMessage");
  });
});

describe("paginate parameter types", () => {
  it("require the path parameters of a paged operation and leave out the cursor", () => {
    const client = createMessagingClient({ channelAccessToken: "t", fetch: hostCheckingFetch(mockUrl) });
    // @ts-expect-error groupId is a required path parameter
    expect(() => client.paginate.getGroupMembersIds()).not.toThrow();
    // @ts-expect-error the iterator manages `start` itself
    void client.paginate.getFollowers({ start: "x" });
    expect(
      typeof client.paginate.getGroupMembersIds({ groupId: "Ca56f94637c0a1b2c3d4e5f6a7b8c9d0e" })[Symbol.asyncIterator],
    ).toBe("function");
  });
});
