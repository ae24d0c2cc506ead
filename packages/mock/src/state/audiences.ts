// Audiences: upload audiences (JSON or a text file) with their upload jobs, click- and
// impression-based audiences of an earlier broadcast or narrowcast, renamed, listed a page at a
// time, deleted. Like LINE, a new audience (and a new upload job) is still being built when first
// read; from the next read on it is ready.
import { type Answer, type Exchange, type Handlers, lineError, notFound, ok } from "./handler.js";
import type { LineState } from "./line-state.js";

type AudienceType = "UPLOAD" | "CLICK" | "IMP";

interface UploadJob {
  audienceGroupJobId: number;
  description: string | null;
  audienceCount: number;
  created: number;
  seen: boolean;
}

interface Audience {
  audienceGroupId: number;
  type: AudienceType;
  description: string;
  created: number;
  isIfaAudience: boolean;
  requestId?: string;
  clickUrl?: string;
  members: Set<string>;
  /** Newest first, as LINE lists them. */
  jobs: UploadJob[];
  seen: boolean;
}

interface Audiences {
  byId: Map<number, Audience>;
  nextId: number;
  nextJobId: number;
}

// An upload, click or impression audience expires 180 days after it was made.
const LIFETIME_SECONDS = 180 * 24 * 3600;
// LINE lists at most the 50 newest upload jobs of an audience.
const LISTED_JOBS = 50;

const audiencesOf = (state: LineState) =>
  state.own<Audiences>("audiences", () => ({ byId: new Map(), nextId: 1_000_000_000_001, nextJobId: 70_000_001 }));

const now = () => Math.floor(Date.now() / 1000);

function create(state: LineState, fields: Omit<Audience, "audienceGroupId" | "created" | "members" | "jobs" | "seen">) {
  const audiences = audiencesOf(state);
  const audience: Audience = {
    ...fields,
    audienceGroupId: audiences.nextId++,
    created: now(),
    members: new Set(),
    jobs: [],
    seen: false,
  };
  audiences.byId.set(audience.audienceGroupId, audience);
  return audience;
}

/** Adds the IDs as one upload job (LINE makes a job per upload). */
function upload(state: LineState, audience: Audience, ids: string[], uploadDescription: string | undefined) {
  for (const id of ids) audience.members.add(id);
  audience.jobs.unshift({
    audienceGroupJobId: audiencesOf(state).nextJobId++,
    description: uploadDescription ?? null,
    audienceCount: ids.length,
    created: now(),
    seen: false,
  });
}

/** The answer to a creation: the new audience's fields as LINE returns them. */
function created(audience: Audience): Answer {
  const { audienceGroupId, type, description, created, isIfaAudience, requestId, clickUrl } = audience;
  const common = {
    audienceGroupId,
    createRoute: "MESSAGING_API",
    type,
    description,
    created,
    permission: "READ_WRITE",
  };
  return {
    status: 202,
    json: {
      ...common,
      expireTimestamp: created + LIFETIME_SECONDS,
      isIfaAudience,
      ...(requestId ? { requestId } : {}),
      ...(clickUrl ? { clickUrl } : {}),
    },
  };
}

/** The audience as the get and list operations report it; reading it marks it seen. */
function view(audience: Audience) {
  const status = audience.seen ? "READY" : "IN_PROGRESS";
  audience.seen = true;
  const { audienceGroupId, type, description, created, isIfaAudience, requestId, clickUrl } = audience;
  return {
    audienceGroupId,
    type,
    description,
    status,
    audienceCount: status === "READY" ? audience.members.size : 0,
    created,
    ...(requestId ? { requestId } : {}),
    ...(clickUrl ? { clickUrl } : {}),
    isIfaAudience,
    permission: "READ_WRITE",
    createRoute: "MESSAGING_API",
    expireTimestamp: created + LIFETIME_SECONDS,
    activated: true,
    inactivatedTimestamp: null,
  };
}

function jobsOf(audience: Audience) {
  return audience.jobs.slice(0, LISTED_JOBS).map((job) => {
    const jobStatus = job.seen ? "FINISHED" : "WORKING";
    job.seen = true;
    const { audienceGroupJobId, description, audienceCount, created } = job;
    return {
      audienceGroupJobId,
      audienceGroupId: audience.audienceGroupId,
      description,
      type: "DIFF_ADD",
      jobStatus,
      audienceCount,
      created,
    };
  });
}

const idParam = (exchange: Exchange) => Number(exchange.params.audienceGroupId);

function audienceData(state: LineState, exchange: Exchange): Answer {
  const audience = audiencesOf(state).byId.get(idParam(exchange));
  return audience ? ok({ audienceGroup: view(audience), jobs: jobsOf(audience) }) : notFound();
}

/** One page of this channel's audiences, filtered as asked; `owned` false lists only shared ones. */
function audiencePage(state: LineState, exchange: Exchange, owned: boolean): Answer {
  const query = exchange.query;
  const page = Number(query.get("page"));
  const size = Number(query.get("size") ?? 20);
  const name = query.get("description")?.toLowerCase();
  const all = owned ? [...audiencesOf(state).byId.values()].reverse() : [];
  const matching = all.filter(
    (audience) =>
      (!name || audience.description.toLowerCase().includes(name)) &&
      (!query.get("createRoute") || query.get("createRoute") === "MESSAGING_API") &&
      (!query.get("status") || query.get("status") === (audience.seen ? "READY" : "IN_PROGRESS")),
  );
  const shown = matching.slice((page - 1) * size, page * size).map(view);
  return ok({
    audienceGroups: shown,
    hasNextPage: page * size < matching.length,
    totalCount: matching.length,
    readWriteAudienceGroupTotalCount: matching.length,
    page,
    size,
  });
}

/** A broadcast or narrowcast the channel sent with this request ID (retargeting needs one). */
const sentToMany = (state: LineState, requestId: string) =>
  state.sent.some((m) => m.requestId === requestId && (m.via === "broadcast" || m.via === "narrowcast"));

const noSuchMessage = () => lineError(400, "requestId is not a broadcast or narrowcast this channel sent");

/** Form fields of a by-file upload: the text fields and the IDs of the file, one per line. */
async function fileUpload(exchange: Exchange) {
  const form = await new Response(new Uint8Array(exchange.bytes), {
    headers: { "content-type": exchange.contentType ?? "" },
  }).formData();
  const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : undefined);
  const file = form.get("file");
  const ids = typeof file === "string" ? file : file ? await file.text() : "";
  return {
    text,
    ids: ids
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

function uploadTarget(state: LineState, audienceGroupId: number): Audience | Answer {
  const audience = audiencesOf(state).byId.get(audienceGroupId);
  if (!audience) return notFound();
  return audience.type === "UPLOAD" ? audience : lineError(400, "Only upload audiences take more IDs");
}
const isAnswer = (value: Audience | Answer): value is Answer => "status" in value;

interface JsonUpload {
  description: string;
  isIfaAudience?: boolean;
  uploadDescription?: string;
  audiences?: Array<{ id: string }>;
}

export const audienceHandlers: Handlers = {
  createAudienceGroup: (state, exchange) => {
    const body = exchange.body as JsonUpload;
    const audience = create(state, {
      type: "UPLOAD",
      description: body.description,
      isIfaAudience: body.isIfaAudience ?? false,
    });
    if (body.audiences?.length)
      upload(
        state,
        audience,
        body.audiences.map((a) => a.id),
        body.uploadDescription,
      );
    return created(audience);
  },
  addAudienceToAudienceGroup: (state, exchange) => {
    const body = exchange.body as JsonUpload & { audienceGroupId: number };
    const target = uploadTarget(state, body.audienceGroupId);
    if (isAnswer(target)) return target;
    upload(
      state,
      target,
      body.audiences!.map((a) => a.id),
      body.uploadDescription,
    );
    return { status: 202, json: {} };
  },
  createAudienceForUploadingUserIds: async (state, exchange) => {
    const { text, ids } = await fileUpload(exchange);
    const audience = create(state, {
      type: "UPLOAD",
      description: text("description") ?? "",
      isIfaAudience: text("isIfaAudience") === "true",
    });
    upload(state, audience, ids, text("uploadDescription"));
    return created(audience);
  },
  addUserIdsToAudience: async (state, exchange) => {
    const { text, ids } = await fileUpload(exchange);
    const target = uploadTarget(state, Number(text("audienceGroupId")));
    if (isAnswer(target)) return target;
    upload(state, target, ids, text("uploadDescription"));
    return { status: 202, json: {} };
  },
  createClickBasedAudienceGroup: (state, exchange) => {
    const { description, requestId, clickUrl } = exchange.body as {
      description: string;
      requestId: string;
      clickUrl?: string;
    };
    if (!sentToMany(state, requestId)) return noSuchMessage();
    // Who tapped is not simulated: the audience stays empty.
    return created(
      create(state, { type: "CLICK", description, isIfaAudience: false, requestId, ...(clickUrl ? { clickUrl } : {}) }),
    );
  },
  createImpBasedAudienceGroup: (state, exchange) => {
    const { description, requestId } = exchange.body as { description: string; requestId: string };
    if (!sentToMany(state, requestId)) return noSuchMessage();
    return created(create(state, { type: "IMP", description, isIfaAudience: false, requestId }));
  },
  updateAudienceGroupDescription: (state, exchange) => {
    const audience = audiencesOf(state).byId.get(idParam(exchange));
    if (!audience) return notFound();
    audience.description = (exchange.body as { description: string }).description;
    return ok();
  },
  getAudienceData: audienceData,
  // Nothing is shared with the mock's channel through Business Manager: its own audiences only.
  getSharedAudienceData: audienceData,
  deleteAudienceGroup: (state, exchange) =>
    audiencesOf(state).byId.delete(idParam(exchange)) ? { status: 202, json: {} } : notFound(),
  getAudienceGroups: (state, exchange) => audiencePage(state, exchange, true),
  getSharedAudienceGroups: (state, exchange) =>
    audiencePage(state, exchange, exchange.query.get("includesOwnedAudienceGroups") === "true"),
};

/** The audiences for the state snapshot (`GET /__linekit/state`). */
export function audienceSnapshot(state: LineState) {
  return [...audiencesOf(state).byId.values()].map(({ members, jobs, seen, ...audience }) => ({
    ...audience,
    members: [...members],
    jobs: jobs.map(({ seen: _seen, ...job }) => job),
  }));
}

/** The IDs uploaded to an audience (none for an unknown one, or a click or impression audience). */
export function audienceMembers(state: LineState, audienceGroupId: number): string[] {
  return [...(audiencesOf(state).byId.get(audienceGroupId)?.members ?? [])];
}
