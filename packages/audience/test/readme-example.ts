import { createAudienceClient, uploadUserIds } from "@linekit/audience";

export async function uploadSubscribers(): Promise<string[]> {
  const line = createAudienceClient({
    channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE API
  });
  // Any iterable or async iterable of IDs: a generator over a database cursor works too.
  const subscribers = [
    "U4af4980629a0b1c2d3e4f5a6b7c8d9e0",
    "U0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "U9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
  ];
  const upload = await uploadUserIds(line, subscribers, { description: "Newsletter subscribers", idsPerFile: 2 });
  console.log(`audience ${upload.audienceGroupId}: ${upload.ids} IDs in ${upload.files} file(s)`);

  const names: string[] = [];
  for await (const audience of line.paginate.getAudienceGroups({ size: 40 })) names.push(audience.description);
  return names;
}
