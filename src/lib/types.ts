/**
 * The library's public types. Changing one in a way that breaks a caller is a semver-major
 * change: test/lib/usage.ts holds them (the packed-tarball test type-checks it).
 */
import type { Violation, ViolationKind } from '../core/audit/requestRecord';
import type {
  BuiltinFormatId,
  FieldError,
  FormatId,
  Lang,
  RateLimit,
  RateLimitPolicy,
  RateLimitSource,
  RetryAdvice,
  RetryAfterSource,
  RetrySchedule,
} from '../core/types';

export type {
  BuiltinFormatId,
  FieldError,
  FormatId,
  Lang,
  RateLimit,
  RateLimitPolicy,
  RateLimitSource,
  RetryAdvice,
  RetryAfterSource,
  RetrySchedule,
  Violation,
  ViolationKind,
};

/** A format that recognizes bodies: every format but the `http` and `network` fallbacks. */
export type PackId = Exclude<FormatId, 'http' | 'network'>;

/** Headers as a list (HAR, DevTools) or as an object (fetch, Puppeteer, Playwright). */
export type HeadersInput =
  | readonly { readonly name: string; readonly value: string }[]
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** One HTTP exchange to decode. Only `url` and `status` are required. */
export interface ExchangeInput {
  readonly url: string;
  /** GET when absent. */
  readonly method?: string;
  readonly status: number;
  readonly requestHeaders?: HeadersInput;
  readonly responseHeaders?: HeadersInput;
  /** The response body as text (or base64, see `bodyEncoding`); none when absent. */
  readonly body?: string | null;
  readonly bodyEncoding?: 'plain' | 'base64';
  /** The response MIME type; the Content-Type header serves when absent. */
  readonly mimeType?: string;
  /** When the request started: a Date or milliseconds since the epoch. */
  readonly startedAt?: Date | number;
}

export interface DecodeOptions {
  /** Language of `title` (default `en`). */
  readonly lang?: Lang;
  /** Try this format first, to settle a body that two formats could claim. */
  readonly pin?: PackId;
  /** User packs from `loadPack`, tried before the built-in formats on their hosts. */
  readonly packs?: readonly UserPack[];
}

/** The retry advice of an error, as `decode --json` prints it. */
export interface RetrySummary {
  readonly advice: RetryAdvice;
  /** Seconds to wait before the first retry: what the response states, or the documentation. */
  readonly afterSeconds: number | null;
  readonly maxAttempts: number | null;
  /** The documented delay pattern between attempts, when the document gives one. */
  readonly schedule: RetrySchedule | null;
  /** `false` when the documentation gives no rule and the advice is the HTTP status's. */
  readonly documented: boolean;
  /** A format's extra warning (ok-flag's purchase check), in `lang`. */
  readonly warning: string | null;
  /**
   * Where `afterSeconds` came from: `retry-after`, `retry-info` (the body's RetryInfo),
   * `ratelimit` (an exhausted RateLimit policy), `x-ratelimit-reset`, or `documented`.
   */
  readonly afterSource: RetryAfterSource | null;
}

/** What `decode --json` adds after the first keys: the panel's explanation, in `lang`. */
export interface Explanation {
  /** The server's own message. */
  readonly message: string | null;
  readonly meaning: string | null;
  readonly action: string | null;
  readonly rateLimit: RateLimit | null;
  readonly fieldErrors: readonly FieldError[];
  readonly notes: readonly string[];
}

/** One decoded error: the object `decode --json` prints for it, without `entry` and `violations`. */
export interface DecodedExchange extends Explanation {
  readonly url: string;
  readonly method: string;
  readonly status: number;
  readonly format: FormatId;
  readonly code: string | number | null;
  /** Whether the format documents the code. */
  readonly known: boolean;
  readonly title: string;
  readonly retry: RetrySummary;
  readonly requestId: string | null;
}

/**
 * One listed exchange of a HAR: the object `decode --json` prints. An exchange that broke a
 * retry rule is listed even when it succeeded; then `format`, `title` and `retry` are null.
 */
export interface HarRow extends Explanation {
  /** 0-based index in `log.entries`. */
  readonly entry: number;
  readonly url: string;
  readonly method: string;
  readonly status: number;
  readonly format: FormatId | null;
  readonly code: string | number | null;
  readonly known: boolean;
  readonly title: string | null;
  readonly retry: RetrySummary | null;
  readonly requestId: string | null;
  /** Retry rules this exchange broke; `retryOf` is the entry of the error it retried. */
  readonly violations: readonly Violation[];
}

export interface DecodeHarOptions {
  readonly lang?: Lang;
  /** Keep only these hosts, in Chrome's `domain:` syntax (`*.example.com`, `127.0.0.1:8080`). */
  readonly hosts?: readonly string[];
  /** Decode bodies from hosts matching `host` (a pattern as in `hosts`) as `format` first. */
  readonly pins?: readonly { readonly host: string; readonly format: PackId }[];
  /** User packs from `loadPack`, tried before the built-in formats on their hosts. */
  readonly packs?: readonly UserPack[];
}

/** A decoded HAR: `errors` is `decode --json`'s array; the counts are of `log.entries`. */
export interface HarDecoding {
  readonly errors: readonly HarRow[];
  /** Entries in the HAR. */
  readonly entries: number;
  /** Entries whose host passed `hosts` (all of them without it). */
  readonly matched: number;
}

/** A parsed HAR document, as `JSON.parse` or a recorder gives it. */
export interface HarDocument {
  readonly log: { readonly entries: readonly unknown[] };
}

/** One error format the decoder knows: a built-in pack or a user's. */
export interface PackInfo {
  readonly id: PackId;
  /** A short human name. */
  readonly name: string;
  /** Where its facts come from: a seed document or a standard. */
  readonly source: string;
  /** How many error codes its catalog documents. */
  readonly codes: number;
  /** The version the pack states. */
  readonly version: string;
  /** Host patterns the pack applies to; empty: every host. */
  readonly hosts: readonly string[];
  /** Shipped with the decoder, or loaded with `loadPack`. */
  readonly origin: 'builtin' | 'user';
}

/** A user's error pack, checked and compiled by `loadPack`, for `decode` and `decodeHar`. */
export interface UserPack {
  readonly info: PackInfo;
}

/** What `loadPack` gives: the pack, or every problem as "JSON Pointer: message". */
export type LoadedPack =
  | { readonly ok: true; readonly pack: UserPack }
  | { readonly ok: false; readonly problems: readonly string[] };
