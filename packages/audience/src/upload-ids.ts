// Uploads any number of user IDs (or IFAs) through the by-file endpoints: the IDs are read lazily
// from an iterable or async iterable and written into newline-separated text files of at most
// `idsPerFile` lines; the first file creates the audience (unless one is given), later files append.
import type { CallOptions } from "@linekit/core";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** LINE accepts at most this many IDs in one uploaded file. */
export const MAX_IDS_PER_FILE = 1_500_000;

/** The two by-file methods of an audience client (what `createAudienceClient` returns). */
export interface UploadIdsClient {
  createAudienceForUploadingUserIds(
    body: Schemas["CreateAudienceForUploadingUserIdsRequest"],
    options?: CallOptions,
  ): Promise<Schemas["CreateAudienceGroupResponse"]>;
  addUserIdsToAudience(body: Schemas["AddUserIdsToAudienceRequest"], options?: CallOptions): Promise<unknown>;
}

export interface UploadUserIdsOptions {
  /** Name of the audience to create (1–120 characters). Give this or `audienceGroupId`, not both. */
  description?: string | undefined;
  /** Append to this existing upload audience instead of creating one. */
  audienceGroupId?: number | undefined;
  /** The IDs are IFAs rather than user IDs (only when creating). */
  isIfaAudience?: boolean | undefined;
  /** Note stored with every upload job. */
  uploadDescription?: string | undefined;
  /** Lines per uploaded file, 1 to 1,500,000 (default). Each file is one request and one job. */
  idsPerFile?: number | undefined;
  /** Name of the uploaded file part (default `user-ids.txt`). */
  fileName?: string | undefined;
  /** Aborts the upload; requests already accepted by LINE stay accepted. */
  signal?: AbortSignal | undefined;
}

export interface UploadUserIdsResult {
  /** The audience the IDs went into. */
  audienceGroupId: number;
  /** The creation answer, when this call created the audience. */
  created?: Schemas["CreateAudienceGroupResponse"];
  /** How many IDs were uploaded. */
  ids: number;
  /** How many files (requests) were sent. */
  files: number;
}

// Lines are joined in groups so a 1.5 M line file is a few hundred Blob parts, not 1.5 M.
const LINES_PER_PART = 10_000;

/**
 * Uploads every ID of `ids` to one audience, creating it from the first file when no
 * `audienceGroupId` is given. Files are sent one after another: LINE limits concurrent
 * operations per audience. Only one file is held in memory at a time.
 */
export async function uploadUserIds(
  client: UploadIdsClient,
  ids: Iterable<string> | AsyncIterable<string>,
  options: UploadUserIdsOptions,
): Promise<UploadUserIdsResult> {
  const { description, isIfaAudience, uploadDescription, signal } = options;
  const idsPerFile = options.idsPerFile ?? MAX_IDS_PER_FILE;
  if (!Number.isInteger(idsPerFile) || idsPerFile < 1 || idsPerFile > MAX_IDS_PER_FILE) {
    throw new RangeError(`idsPerFile must be an integer from 1 to ${MAX_IDS_PER_FILE}`);
  }
  if ((description === undefined) === (options.audienceGroupId === undefined)) {
    throw new TypeError("give either description (to create an audience) or audienceGroupId (to append), not both");
  }
  const callOptions: CallOptions = signal ? { signal } : {};
  const fileName = options.fileName ?? "user-ids.txt";
  let audienceGroupId = options.audienceGroupId;
  let created: Schemas["CreateAudienceGroupResponse"] | undefined;
  let total = 0;
  let files = 0;

  const send = async (file: Blob) => {
    if (audienceGroupId === undefined) {
      created = await client.createAudienceForUploadingUserIds(
        { description: description as string, file, ...optional({ isIfaAudience, uploadDescription }) },
        callOptions,
      );
      audienceGroupId = created.audienceGroupId;
    } else {
      await client.addUserIdsToAudience({ audienceGroupId, file, ...optional({ uploadDescription }) }, callOptions);
    }
    files++;
  };

  const writer = new IdFileWriter(fileName);
  for await (const id of ids) {
    signal?.throwIfAborted();
    writer.add(checkId(id, total));
    total++;
    if (writer.lines === idsPerFile) await send(writer.take());
  }
  if (writer.lines > 0) await send(writer.take());
  if (audienceGroupId === undefined)
    throw new RangeError("no IDs to upload: LINE cannot create an audience from an empty file");
  return created ? { audienceGroupId, created, ids: total, files } : { audienceGroupId, ids: total, files };
}

function checkId(id: unknown, index: number): string {
  // A line break inside an ID would silently turn it into two entries of the file.
  if (typeof id !== "string" || id === "" || /[\r\n]/.test(id)) {
    throw new TypeError(`ID #${index} is not a non-empty single-line string`);
  }
  return id;
}

/** Collects lines and hands them out as one `text/plain` file at a time. */
class IdFileWriter {
  lines = 0;
  readonly #name: string;
  #parts: string[] = [];
  #pending: string[] = [];

  constructor(name: string) {
    this.#name = name;
  }

  add(id: string): void {
    this.#pending.push(id);
    this.lines++;
    if (this.#pending.length === LINES_PER_PART) this.#flush();
  }

  take(): Blob {
    this.#flush();
    const parts = this.#parts;
    this.#parts = [];
    this.lines = 0;
    const type = "text/plain";
    // File carries the part's file name; runtimes without File get a plain Blob (named after the field).
    return typeof File === "function" ? new File(parts, this.#name, { type }) : new Blob(parts, { type });
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    this.#parts.push(`${this.#pending.join("\n")}\n`);
    this.#pending = [];
  }
}

/** The fields that have a value: the request types leave an optional field out rather than take undefined. */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
