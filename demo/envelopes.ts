// Builders for one endpoint of each documented error format (seeds 000–004).
// Each returns the endpoint's index entry plus a `reply` that renders its response.

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Kind = 'error' | 'success' | 'hostile' | 'bulk';

/** Per-request values that must differ between responses (ids, clocks). */
export interface Context {
  requestId: string;
  now: number;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface Endpoint {
  format: string;
  /** The error code exactly as it appears in the body; null when there is none. */
  code: string | number | null;
  status: number;
  path: string;
  method: Method;
  kind: Kind;
  reply: (ctx: Context) => Reply;
}

export interface Options {
  /** Last path segment; defaults to the code. */
  slug?: string;
  method?: Method;
  kind?: Kind;
  headers?: Record<string, string>;
}

type Headers = Record<string, string>;

export function json(status: number, value: unknown, headers: Headers = {}): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

function endpoint(
  format: string,
  code: string | number | null,
  status: number,
  opts: Options,
  reply: (ctx: Context) => Reply,
): Endpoint {
  const slug = opts.slug ?? String(code);
  const path = `/api/${format}/${slug}`;
  return {
    format,
    code,
    status,
    path,
    method: opts.method ?? 'GET',
    kind: opts.kind ?? 'error',
    reply,
  };
}

// Seed 001 writes timestamps as "2026-06-23T10:00:00+00:00", not toISOString()'s "...000Z".
function isoSeconds(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** Seed 000: `{ ok: false, error: { code, message, details } }`. */
export function okFlag(
  code: string,
  status: number,
  message: string,
  opts: Options = {},
): Endpoint {
  const body = { ok: false, error: { code, message, details: null } };
  return endpoint('ok-flag', code, status, opts, () => json(status, body, opts.headers));
}

export function okFlagSuccess(slug: string, data: unknown, path?: string): Endpoint {
  const entry = endpoint('ok-flag', null, 200, { slug, kind: 'success' }, () =>
    json(200, { ok: true, data }),
  );
  return path === undefined ? entry : { ...entry, path };
}

/** Seed 001: `{ state, message, result: null, error: { code, details }, meta }` + X-Request-Id. */
export function stateMeta(
  code: string,
  status: number,
  message: string,
  details: unknown = null,
  opts: Options = {},
): Endpoint {
  return endpoint('state-meta', code, status, opts, (ctx) => {
    const meta = { request_id: ctx.requestId, timestamp: isoSeconds(ctx.now) };
    const body = { state: 1, message, result: null, error: { code, details }, meta };
    return json(status, body, { 'X-Request-Id': ctx.requestId, ...opts.headers });
  });
}

// Seed 002: "All responses include" the X-RateLimit-* trio; Reset is a Unix time in seconds.
export function rateLimitHeaders(ctx: Context, remaining: number): Headers {
  return {
    'X-RateLimit-Limit': '60',
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': String(Math.ceil(ctx.now / 1000) + 60),
  };
}

/** Seed 002 error reply; 429s also carry Retry-After (seconds), as the seed promises. */
export function successFlagReply(
  ctx: Context,
  code: string,
  status: number,
  message: string,
  details: unknown = null,
): Reply {
  const body = {
    success: false,
    data: null,
    error: { code, message, details },
    meta: { request_id: ctx.requestId },
  };
  const headers = rateLimitHeaders(ctx, code === 'RATE_LIMIT_EXCEEDED' ? 0 : 59);
  if (status === 429) headers['Retry-After'] = '20';
  return json(status, body, headers);
}

export function successFlag(
  code: string,
  status: number,
  message: string,
  details: unknown = null,
): Endpoint {
  return endpoint('success-flag', code, status, {}, (ctx) =>
    successFlagReply(ctx, code, status, message, details),
  );
}

export function successFlagSuccess(): Endpoint {
  return endpoint('success-flag', null, 200, { slug: 'success', kind: 'success' }, (ctx) => {
    const body = {
      success: true,
      data: { balance: 100 },
      error: null,
      meta: { request_id: ctx.requestId },
    };
    return json(200, body, rateLimitHeaders(ctx, 59));
  });
}

/** Seed 003: JSON-RPC 2.0 errors travel in HTTP 200 responses. */
export function rpcError(code: number, message: string, data: unknown, id: number | null = 1) {
  return { jsonrpc: '2.0', error: { code, message, data }, id };
}

export function jsonrpc(
  code: number,
  message: string,
  data: unknown,
  opts: Options & { id?: number | null } = {},
): Endpoint {
  const body = rpcError(code, message, data, opts.id);
  return endpoint('jsonrpc', code, 200, opts, () => json(200, body, opts.headers));
}

export function jsonrpcRaw(slug: string, kind: Kind, body: unknown): Endpoint {
  return endpoint('jsonrpc', null, 200, { slug, kind }, () => json(200, body));
}

/** Seed 004: `{ error: { code, message } }`, served with the seed's "charset=UTF-8". */
export function numeric(
  code: number,
  status: number,
  message: string,
  opts: Options = {},
): Endpoint {
  const headers = { 'Content-Type': 'application/json; charset=UTF-8', ...opts.headers };
  return endpoint('numeric-code', code, status, opts, () =>
    json(status, { error: { code, message } }, headers),
  );
}

/** RFC 9457 problem details, served as application/problem+json; the code is the type URI. */
export function problem(
  slug: string,
  status: number,
  body: Record<string, unknown>,
  opts: Options = {},
): Endpoint {
  const type = typeof body['type'] === 'string' ? body['type'] : 'about:blank';
  const headers = { 'Content-Type': 'application/problem+json', ...opts.headers };
  return endpoint('problem-json', type, status, { ...opts, slug }, () =>
    json(status, body, headers),
  );
}

/** One GraphQL error; `code` goes to extensions.code, as Apollo Server puts it. */
export function gqlError(
  message: string,
  code: string | null,
  extra: Record<string, unknown> = {},
) {
  return { message, ...extra, ...(code === null ? {} : { extensions: { code } }) };
}

/** A GraphQL response (operations are POSTed): `{ errors, data? }`, often under HTTP 200. */
export function graphql(
  code: string | null,
  status: number,
  body: Record<string, unknown>,
  opts: Options = {},
): Endpoint {
  return endpoint('graphql', code, status, { method: 'POST', ...opts }, () =>
    json(status, body, opts.headers),
  );
}

/** Any hand-made response (successes, hostile bodies). */
export function raw(
  format: string,
  slug: string,
  status: number,
  opts: Options,
  reply: (ctx: Context) => Reply,
): Endpoint {
  return endpoint(format, null, status, { ...opts, slug }, reply);
}
