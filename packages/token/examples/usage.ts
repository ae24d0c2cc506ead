import { createTokenClient } from "@linekit/token";

export async function issueAndCheckToken(): Promise<number> {
  const tokens = createTokenClient({ baseUrl: process.env.LINE_BASE_URL }); // unset: the real LINE API
  const issued = await tokens.issueStatelessChannelToken({
    grant_type: "client_credentials",
    client_id: process.env.LINE_CHANNEL_ID ?? "",
    client_secret: process.env.LINE_CHANNEL_SECRET ?? "",
  });
  console.log(`stateless token valid for ${issued.expires_in} s`);
  return issued.expires_in;
}
