// Figure 5: what a consumer pays in `tsc --noEmit` for a file that imports every area client of
// an SDK and calls a few methods. Files are written under .work/typecheck/ (gitignored).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { AREAS, requireExports } from "./linekit.js";
import { repoRoot, workPath } from "./paths.js";
import { firstLines, hasGnuTime, run } from "./proc.js";
import { summarize } from "./stats.js";
import { type Cell, COMPARISON_HEAD, comparisonRow, type Table } from "./table.js";

/** A call made in both consumer files, included when linekit's package has the operation. */
interface Call {
  pkg: string;
  op: string;
  linekit: string;
  official: string;
}

const CALLS: Call[] = [
  {
    pkg: "@linekit/messaging",
    op: "pushMessage",
    linekit: `const pushed = await messaging.pushMessage({ to: "U1", messages: [{ type: "text", text: "hi" }] });\n  use(pushed.sentMessages);`,
    official: `const pushed = await messaging.pushMessage({ to: "U1", messages: [{ type: "text", text: "hi" }] });\n  use(pushed.sentMessages);`,
  },
  {
    pkg: "@linekit/messaging",
    op: "getProfile",
    linekit: `const profile = await messaging.getProfile({ userId: "U1" });\n  use(profile.displayName.toUpperCase());`,
    official: `const profile = await messaging.getProfile("U1");\n  use(profile.displayName.toUpperCase());`,
  },
  {
    pkg: "@linekit/messaging",
    op: "getFollowers",
    linekit: `const followers = await messaging.getFollowers({ limit: 100 });\n  use(followers.userIds.length);`,
    official: `const followers = await messaging.getFollowers(undefined, 100);\n  use(followers.userIds.length);`,
  },
  {
    pkg: "@linekit/audience",
    op: "getAudienceGroups",
    linekit: `const groups = await audience.getAudienceGroups({ page: 1 });\n  use(groups.audienceGroups);`,
    official: `const groups = await audience.getAudienceGroups(1);\n  use(groups.audienceGroups);`,
  },
  {
    pkg: "@linekit/insight",
    op: "getNumberOfFollowers",
    linekit: `const followerCount = await insight.getNumberOfFollowers({ date: "20250101" });\n  use(followerCount.followers);`,
    official: `const followerCount = await insights.getNumberOfFollowers("20250101");\n  use(followerCount.followers);`,
  },
  {
    pkg: "@linekit/token",
    op: "issueStatelessChannelToken",
    linekit: `const issued = await token.issueStatelessChannelToken({ grant_type: "client_credentials", client_id: "1", client_secret: "s" });\n  use(issued.access_token);`,
    official: `const issued = await tokens.issueStatelessChannelToken("client_credentials", undefined, undefined, "1", "s");\n  use(issued.access_token);`,
  },
  {
    pkg: "@linekit/webhook-settings",
    op: "getWebhookEndpoint",
    linekit: `const endpoint = await webhookSettings.getWebhookEndpoint();\n  use(endpoint.endpoint);`,
    official: `const endpoint = await messaging.getWebhookEndpoint();\n  use(endpoint.endpoint);`,
  },
];

const OFFICIAL_HEAD = `import { channelAccessToken, insight, manageAudience, messagingApi, validateSignature, type webhook } from "@line/bot-sdk";

const channelAccessTokenValue = "token";
const messaging = new messagingApi.MessagingApiClient({ channelAccessToken: channelAccessTokenValue });
const messagingBlob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: channelAccessTokenValue });
const audience = new manageAudience.ManageAudienceClient({ channelAccessToken: channelAccessTokenValue });
const audienceBlob = new manageAudience.ManageAudienceBlobClient({ channelAccessToken: channelAccessTokenValue });
const insights = new insight.InsightClient({ channelAccessToken: channelAccessTokenValue });
const tokens = new channelAccessToken.ChannelAccessTokenClient({});
function use(_value: unknown): void {}

export async function handle(body: string, signature: string): Promise<void> {
  if (!validateSignature(body, "secret", signature)) return;
  const { events } = JSON.parse(body) as webhook.CallbackRequest;
  for (const event of events) {
    if (event.type === "message" && event.message.type === "text" && event.replyToken) {
      await messaging.replyMessage({ replyToken: event.replyToken, messages: [{ type: "text", text: event.message.text }] });
    }
  }
`;

function linekitHead(areas: (typeof AREAS)[number][]): string {
  const names: Record<string, string> = {
    "@linekit/messaging": "messaging",
    "@linekit/audience": "audience",
    "@linekit/insight": "insight",
    "@linekit/token": "token",
    "@linekit/webhook-settings": "webhookSettings",
  };
  const imports = areas.map((a) => `import { ${a.factory} } from "${a.pkg}";`).join("\n");
  const clients = areas
    .map(
      (a) =>
        `const ${names[a.pkg]} = ${a.factory}(${a.pkg === "@linekit/token" ? "" : '{ channelAccessToken: "token" }'});`,
    )
    .join("\n");
  return `${imports}
import { parseWebhook } from "@linekit/webhook";

${clients}
function use(_value: unknown): void {}

export async function handle(body: string, signature: string): Promise<void> {
  const { events } = await parseWebhook({ channelSecret: "secret", body, signature });
  for (const event of events) {
    if (event.type === "message" && event.message.type === "text" && event.replyToken) {
      await messaging.replyMessage({ replyToken: event.replyToken, messages: [{ type: "text", text: event.message.text }] });
    }
  }
`;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2023"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  },
  files: ["consumer.ts"],
};

function writeConsumer(name: string, source: string): string {
  const file = workPath("typecheck", name, "consumer.ts");
  writeFileSync(file, source);
  writeFileSync(path.join(path.dirname(file), "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(path.join(path.dirname(file), "package.json"), JSON.stringify({ type: "module", private: true }));
  return path.dirname(file);
}

const COMPILERS = [
  { label: "tsc 5.9.3", bin: path.join(repoRoot, "node_modules", "typescript", "bin", "tsc") },
  { label: "tsc 7.0.2 (native)", bin: path.join(repoRoot, "node_modules", "typescript7", "bin", "tsc") },
];

export async function typecheckFigure(options: { rounds: number }): Promise<Table> {
  const notes: string[] = [];
  const webhook = await requireExports("@linekit/webhook", ["parseWebhook"]);
  const messaging = await requireExports("@linekit/messaging", ["createMessagingClient"], ["replyMessage"]);
  const areas: (typeof AREAS)[number][] = [];
  const missing: string[] = [];
  const tables = new Map<string, Record<string, unknown>>();
  for (const area of AREAS) {
    const loaded = await requireExports(area.pkg, [area.factory]);
    if (loaded.ok) {
      areas.push(area);
      tables.set(area.pkg, (loaded.module.operationTable ?? {}) as Record<string, unknown>);
    } else missing.push(`${area.pkg}: ${loaded.reason}`);
  }
  const linekitReason = !webhook.ok ? webhook.reason : !messaging.ok ? messaging.reason : undefined;
  const calls = CALLS.filter((c) => tables.get(c.pkg)?.[c.op] !== undefined);
  const officialDir = writeConsumer("official", `${OFFICIAL_HEAD}  ${calls.map((c) => c.official).join("\n  ")}\n}\n`);
  const linekitDir = linekitReason
    ? undefined
    : writeConsumer("linekit", `${linekitHead(areas)}  ${calls.map((c) => c.linekit).join("\n  ")}\n}\n`);
  if (missing.length) notes.push(`linekit areas left out of the consumer file: ${missing.join("; ")}.`);
  notes.push(
    `Calls in both files: replyMessage (after verifying a webhook), ${calls.map((c) => c.op).join(", ") || "none"}.`,
  );

  const sides = [
    { name: "official", dir: officialDir },
    { name: "linekit", dir: linekitDir, reason: linekitReason },
  ];
  const rows: string[][] = [];
  for (const compiler of COMPILERS) {
    const samples = new Map<string, { ms: number[]; mb: number[]; error?: string }>();
    for (const s of sides) samples.set(s.name, { ms: [], mb: [] });
    for (let round = 0; round <= options.rounds; round++) {
      for (const side of sides) {
        const entry = samples.get(side.name)!;
        if (!side.dir || entry.error) continue;
        const result = await run(process.execPath, [compiler.bin, "-p", path.join(side.dir, "tsconfig.json")], {
          measureMemory: true,
        });
        if (result.code !== 0) {
          entry.error = `type errors: ${firstLines(result.stdout + result.stderr, 2)}`;
          continue;
        }
        if (round === 0) continue; // warm-up: file cache
        entry.ms.push(result.ms);
        if (result.peakMb !== undefined) entry.mb.push(result.peakMb);
      }
    }
    const cell = (name: string, key: "ms" | "mb"): Cell => {
      const side = sides.find((s) => s.name === name)!;
      const entry = samples.get(name)!;
      if (side.reason) return { text: side.reason };
      if (entry.error) return { text: entry.error };
      if (entry[key].length === 0)
        return { text: key === "mb" && !hasGnuTime ? "n/a (no /usr/bin/time)" : "no samples" };
      return { summary: summarize(entry[key]) };
    };
    rows.push(
      comparisonRow(
        `${compiler.label}: wall time`,
        { official: cell("official", "ms"), linekit: cell("linekit", "ms") },
        " ms",
      ),
    );
    rows.push(
      comparisonRow(
        `${compiler.label}: peak RSS`,
        { official: cell("official", "mb"), linekit: cell("linekit", "mb") },
        " MB",
      ),
    );
  }
  return {
    title: "5. Type-check cost of a consumer file (every area client, a few calls), tsc --noEmit",
    head: COMPARISON_HEAD,
    rows,
    notes: [
      `${options.rounds} interleaved rounds (+1 warm-up) per compiler; whole process (Node start included); peak RSS from GNU time; lower is better.`,
      "Consumer settings: strict, NodeNext, skipLibCheck, types [node], lib ES2023; files under packages/bench/.work/typecheck/.",
      "Official side constructs MessagingApiClient, MessagingApiBlobClient, ManageAudienceClient, ManageAudienceBlobClient, InsightClient and ChannelAccessTokenClient.",
      ...notes,
    ],
  };
}
