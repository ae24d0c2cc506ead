// Derives each named method's signature from openapi-typescript's `operations` type, following
// the one calling convention: (params?, body?, options?) with absent parts left out.
import type { BinaryBody } from "./body.js";
import type { CallOptions, PaginateOptions } from "./options.js";
import type { OperationTable } from "./table.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Present<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : NonNullable<T>;

type ParametersOf<O> = O extends { parameters: infer P } ? P : {};
type PathOf<O> = Present<ParametersOf<O> extends { path?: infer P } ? P : never>;
type QueryOf<O> = Present<ParametersOf<O> extends { query?: infer Q } ? Q : never>;

/** Path and query parameters of an operation, in one object. */
export type ParamsOf<O> = Simplify<PathOf<O> & QueryOf<O>>;
type HasParams<O> = keyof ParamsOf<O> extends never ? false : true;
type ParamsOptional<O> = {} extends ParamsOf<O> ? true : false;

type BodyContent<O> = O extends { requestBody?: infer B }
  ? [NonNullable<B>] extends [never]
    ? never
    : NonNullable<B> extends { content: infer C }
      ? C
      : never
  : never;
type HasBody<O> = [BodyContent<O>] extends [never] ? false : true;
type BodyOptional<O> = O extends { requestBody: unknown } ? false : true;

/** The body a named method takes: the JSON/form object, or any binary form for uploads. */
export type BodyOf<O> =
  BodyContent<O> extends infer C
    ? "application/json" extends keyof C
      ? C["application/json"]
      : "application/x-www-form-urlencoded" extends keyof C
        ? C["application/x-www-form-urlencoded"]
        : "multipart/form-data" extends keyof C
          ? C["multipart/form-data"]
          : BinaryBody
    : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
type SuccessContent<O> = O extends { responses: infer R }
  ? { [S in keyof R & SuccessStatus]: R[S] extends { content: infer C } ? C : never }[keyof R & SuccessStatus]
  : never;

type JsonOf<C> =
  C extends Record<string, unknown> ? ("application/json" extends keyof C ? C["application/json"] : never) : never;
type IsBinary<O> = [SuccessContent<O>] extends [never]
  ? false
  : [JsonOf<SuccessContent<O>>] extends [never]
    ? true
    : false;

/** What a named method resolves to: the parsed JSON body, a Blob or stream for binary, else undefined. */
export type ResultOf<O, Opt = CallOptions> =
  IsBinary<O> extends true
    ? Opt extends { as: "stream" }
      ? ReadableStream<Uint8Array>
      : Blob
    : [SuccessContent<O>] extends [never]
      ? undefined
      : JsonOf<SuccessContent<O>> | ([Extract<SuccessContent<O>, undefined>] extends [never] ? never : undefined);

// The argument list, from three pieces: params (when the operation has any), body (when it takes
// one), options. Params are optional when all are; before a body they stay in place as `undefined`.
type ParamsPart<O> =
  HasParams<O> extends false
    ? []
    : ParamsOptional<O> extends false
      ? [params: ParamsOf<O>]
      : HasBody<O> extends true
        ? [params: ParamsOf<O> | undefined]
        : [params?: ParamsOf<O>];
type BodyPart<O> =
  HasBody<O> extends false ? [] : BodyOptional<O> extends true ? [body?: BodyOf<O>] : [body: BodyOf<O>];

/** Signature of one named method: `(params?, body?, options?)` with absent parts left out. */
export type MethodOf<O, R = ResultOf<O>> = <Opt extends CallOptions = CallOptions>(
  ...args: [...ParamsPart<O>, ...BodyPart<O>, options?: Opt]
) => Promise<ResultFor<O, Opt, R>>;

// Binary downloads choose Blob or stream per call (also inside withResponse); the rest has one type.
type ResultFor<O, Opt, R> =
  IsBinary<O> extends true ? (R extends WithResponse<unknown> ? WithResponse<ResultOf<O, Opt>> : ResultOf<O, Opt>) : R;

/** The status, headers and request ID of a call, next to its data. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  status: number;
  requestId: string | undefined;
  /** Set when LINE answered 409 to a retried request because an earlier attempt was accepted. */
  acceptedRequestId?: string;
  attempts: number;
}

type Ops<Operations, Table> = keyof Table & keyof Operations & string;

export type NamedMethods<Operations, Table extends OperationTable> = {
  [K in Ops<Operations, Table>]: MethodOf<Operations[K]>;
};

export type WithResponseMethods<Operations, Table extends OperationTable> = {
  [K in Ops<Operations, Table>]: MethodOf<Operations[K], WithResponse<ResultOf<Operations[K]>>>;
};

type Paged<Table> = { [K in keyof Table]: Table[K] extends { pagination: { items: string } } ? K : never }[keyof Table];
type ItemsField<Table, K extends keyof Table> = Table[K] extends { pagination: { items: infer F } } ? F : never;
type CursorField<Table, K extends keyof Table> = Table[K] extends { pagination: { cursor: infer F } }
  ? F
  : Table[K] extends { pagination: { page: infer F } }
    ? F
    : never;
type ItemOf<O, F> =
  NonNullable<ResultOf<O>> extends infer R
    ? F extends keyof R
      ? NonNullable<R[F]> extends Array<infer I>
        ? I
        : never
      : never
    : never;

/** Async iterators over every item of a paged operation, following its cursor until the last page. */
export type PaginateMethods<Operations, Table extends OperationTable> = {
  [K in Paged<Table> & Ops<Operations, Table>]: PageParams<
    Operations[K],
    CursorField<Table, K> & string
  > extends infer P
    ? {} extends P
      ? (params?: P, options?: PaginateOptions) => AsyncIterable<ItemOf<Operations[K], ItemsField<Table, K>>>
      : (params: P, options?: PaginateOptions) => AsyncIterable<ItemOf<Operations[K], ItemsField<Table, K>>>
    : never;
};

/** A paged operation's parameters without the cursor, which the iterator manages. */
type PageParams<O, Cursor extends string> = Simplify<Omit<ParamsOf<O>, Cursor>>;
