/** Shared shapes of the pure decoding core. Nothing here touches a browser API. */

export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** A text we wrote ourselves, in every UI language. */
export type Text = Readonly<Record<Lang, string>>;

export type Header = { readonly name: string; readonly value: string };

/** One captured HTTP exchange, as DevTools or a HAR file gives it. */
export interface Exchange {
  readonly url: string;
  readonly method: string;
  readonly status: number;
  readonly requestHeaders: readonly Header[];
  readonly responseHeaders: readonly Header[];
  /** Response body text; `null` when the browser gave none. */
  readonly body: string | null;
  readonly bodyEncoding?: 'plain' | 'base64';
  readonly mimeType?: string;
  /** When the request started, in ms since the epoch. */
  readonly startedAt: number;
  /**
   * Why the request failed below HTTP, as the browser names it (HAR `_error` such as
   * `net::ERR_CONNECTION_REFUSED`, or Firefox's `NS_ERROR_…`); absent when it did not say.
   */
  readonly error?: string | null;
  /** The CORS preflight (OPTIONS) that guarded this request, when one was recorded. */
  readonly preflight?: PreflightExchange | null;
}

/** What a CORS preflight asked and what the server answered. */
export interface PreflightExchange {
  readonly status: number;
  readonly requestHeaders: readonly Header[];
  readonly responseHeaders: readonly Header[];
}

/** The built-in packs' ids (src/core/packs/*.json). */
export type BuiltinFormatId =
  | 'ok-flag'
  | 'state-meta'
  | 'success-flag'
  | 'jsonrpc'
  | 'numeric-code'
  | 'problem-json'
  | 'graphql'
  | 'google-rpc'
  | 'grpc-web'
  | 'connect'
  | 'stripe'
  | 'github'
  | 'odata'
  | 'aws-json'
  | 'aws-xml'
  | 'slack';

/**
 * A format's id: a built-in pack's, a user pack's own (`[a-z0-9][a-z0-9-]*`), `http`, the
 * HTTP-status fallback for a body no pack recognizes, or `network`, a failure below HTTP (no
 * status, a refused connection, DNS, TLS, CORS…).
 */
export type FormatId = BuiltinFormatId | 'http' | 'network' | (string & {});

export type RetryAdvice = 'no' | 'after-auth' | 'wait' | 'backoff' | 'check-first';
export const RETRY_ADVICES: readonly RetryAdvice[] = [
  'no',
  'after-auth',
  'wait',
  'backoff',
  'check-first',
];

/**
 * A delay pattern between attempts, only as a document states it: `range` ("10–30 seconds"),
 * `exponential` with the document's base ("2^attempt"), or without one when the document says
 * only "exponential". A document that says just "backoff" has no schedule at all.
 */
export type RetrySchedule =
  | { readonly kind: 'range'; readonly minSeconds: number; readonly maxSeconds: number }
  | { readonly kind: 'exponential'; readonly base?: number };

/**
 * A retry rule as a document states it, before the response's headers are applied.
 * `Retry-After` applies to every rule that allows a retry (not to `no` or `after-auth`).
 */
export interface RetryRule {
  readonly advice: RetryAdvice;
  /** A documented minimum delay, in seconds: `Retry-After` may lengthen it, never shorten it. */
  readonly minDelaySeconds?: number;
  readonly maxAttempts?: number;
  readonly schedule?: RetrySchedule;
  /**
   * `false` marks a rule the document does not give ("no rule given"): the advice is what the
   * HTTP status alone supports, or plain caution, and the panel and CLI say so.
   */
  readonly documented?: false;
}

export type RetryAfterSource =
  'retry-after' | 'retry-info' | 'ratelimit' | 'x-ratelimit-reset' | 'documented';

export interface Retry {
  readonly advice: RetryAdvice;
  readonly afterSeconds: number | null;
  readonly maxAttempts: number | null;
  readonly schedule: RetrySchedule | null;
  /**
   * Where `afterSeconds` came from, tried in this order: the `Retry-After` header, the body's own
   * delay (google.rpc.RetryInfo), an exhausted `RateLimit` policy's reset (any IETF draft), an
   * exhausted `X-RateLimit-*` reset; else the documented minimum.
   */
  readonly afterSource: RetryAfterSource | null;
  /** Extra guidance attached by a format, such as ok-flag's "check balance first". */
  readonly warning: Text | null;
  /** Whether the document gives this rule; `false` when the advice is ours (see RetryRule). */
  readonly documented: boolean;
}

export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

/**
 * The header generation a rate-limit policy was read from: the IETF `RateLimit` and
 * `RateLimit-Policy` lists (draft 08 on), draft 07's `RateLimit: limit=…, remaining=…, reset=…`,
 * draft 06's and older `RateLimit-Limit/-Remaining/-Reset`, or the common `X-RateLimit-*`.
 */
export type RateLimitSource =
  'ratelimit' | 'ratelimit-draft07' | 'ratelimit-draft06' | 'x-ratelimit';

/** One quota a response states, as far as it states it: every member may be missing. */
export interface RateLimitPolicy {
  readonly source: RateLimitSource;
  /** The policy's name (`"default"`, GitHub's `x-ratelimit-resource`); null when unnamed. */
  readonly name: string | null;
  /** The quota per window (`q`, `limit`), in `unit`. */
  readonly quota: number | null;
  /** The quota unit (`qu`): `requests` unless the policy says otherwise. */
  readonly unit: string;
  /** The policy's time window in seconds (`w`). */
  readonly windowSeconds: number | null;
  /** What is left of the quota (`r`, `remaining`). */
  readonly remaining: number | null;
  /** Seconds from the response until the quota resets (`t`, `reset`, X-RateLimit-Reset). */
  readonly resetSeconds: number | null;
  /** The partition key (`pk`), base64 as sent. */
  readonly partitionKey: string | null;
}

/**
 * A response's rate-limit state. `limit`, `remaining` and `resetAt` are the `X-RateLimit-*`
 * trio when sent, else the policy closest to exhaustion; `policies` lists every quota stated.
 */
export interface RateLimit {
  readonly limit: number | null;
  readonly remaining: number | null;
  /** Unix time in seconds when the window resets. */
  readonly resetAt: number | null;
  /**
   * How the reset was sent: `epoch`, a Unix time (`X-RateLimit-Reset` large enough to be one,
   * judged against the response's `Date`), or `delay`, seconds after the response (every IETF
   * draft, and a small `X-RateLimit-Reset`); null without a reset.
   */
  readonly resetKind: 'epoch' | 'delay' | null;
  readonly policies: readonly RateLimitPolicy[];
}

/** What a format's catalog says of one documented code or status. */
export interface CatalogEntry {
  readonly title: Text;
  readonly meaning: Text;
  readonly action: Text;
  readonly retry: RetryRule;
  /** The HTTP status the document pairs with this code, when it does. */
  readonly status?: number;
}

/**
 * Where a format read an error's fields, as RFC 6901 JSON Pointers into the parsed body: plain
 * data (the shape error packs will declare), so the panel can show each field in the body.
 */
export interface FieldPointers {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  /** The map or list the field errors came from. */
  readonly fieldErrors?: string;
}

/** One error inside a response (a JSON-RPC batch may hold several). */
export interface DecodedItem {
  readonly code: string | number | null;
  readonly known: boolean;
  readonly message: string | null;
  readonly details: unknown;
  readonly fieldErrors: readonly FieldError[];
  readonly title: Text;
  readonly meaning: Text;
  readonly action: Text;
  readonly retry: Retry;
  /** Where in the body the format read this error's fields; absent when no format did. */
  readonly pointers?: FieldPointers;
}

export interface DecodedError extends DecodedItem {
  readonly format: FormatId;
  readonly status: number;
  /** What the HTTP status means on its own, whatever the body says. */
  readonly httpMeaning: Text;
  readonly requestId: string | null;
  readonly rateLimit: RateLimit | null;
  /** Facts worth a second look: an unexpected status, an oversized body, the Allow header. */
  readonly notes: readonly Text[];
  /** Every error of a JSON-RPC batch; the fields above describe the first one. */
  readonly batch: readonly DecodedItem[];
}
