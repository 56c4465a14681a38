import type { Retry } from '../types';

/** The retry rules an inspected app can break, as `decode --json` and the panel name them. */
export type ViolationKind =
  'retried-non-retryable' | 'retried-too-early' | 'too-many-attempts' | 'blind-retry';

export const VIOLATION_KINDS: readonly ViolationKind[] = [
  'retried-non-retryable',
  'retried-too-early',
  'too-many-attempts',
  'blind-retry',
];

/** One broken rule: `retryOf` is the id of the error response the request retried. */
export interface Violation {
  readonly kind: ViolationKind;
  readonly retryOf: number;
}

/** The part of an error's retry advice that the audit judges a retry by. */
export type RetryFacts = Pick<Retry, 'advice' | 'afterSeconds' | 'maxAttempts'>;

/**
 * One finished request, as the audit sees it. Every request is recorded, successes included:
 * a success ends a retry chain, and any other request to the host may be the "check first".
 */
export interface RequestRecord {
  /** The error's id (CapturedError id, HAR entry index); any unique number for a non-error. */
  readonly id: number;
  /** Upper case. */
  readonly method: string;
  /** The whole URL, query included. */
  readonly url: string;
  /** The request body, or its length and hash when long: see `bodyKeyOf`. */
  readonly bodyKey: string;
  /** Host with a non-default port. */
  readonly host: string;
  /** When the request started and when its response ended, in ms since the epoch. */
  readonly startedAt: number;
  readonly endedAt: number;
  readonly status: number;
  /**
   * The page load that made the request (HAR `pageref`, or a navigation count live); a retry
   * chain never crosses into another one. Absent when unknown: all are then one page.
   */
  readonly page?: string;
  /** The decoded error (only its retry advice is read); `null` when the response is no error. */
  readonly decoded: { readonly retry: RetryFacts } | null;
}

/** What `observe` needs: the timing and identity of a request, known before its body is. */
export type RequestTiming = Pick<
  RequestRecord,
  'method' | 'url' | 'bodyKey' | 'host' | 'startedAt' | 'endedAt'
>;

// Short bodies are kept as they are; longer ones as length + hash, to bound memory.
const BODY_KEY_LIMIT = 200;
// The second hash seed: with seed 0, 2 × 53 bits, so a collision needs ~2^53 keys.
const SEED = 0x9e3779b9;

/** The request body as a compact key: a retry must send the same body. No body is `''`. */
export function bodyKeyOf(body: string | null | undefined): string {
  if (body === null || body === undefined) return '';
  return body.length <= BODY_KEY_LIMIT ? `=${body}` : `#${body.length}:${hash53Pair(body, SEED)}`;
}

/**
 * Requests with the same key are the same call: method, URL with its query, and body. The key
 * is a 106-bit hash of the three, not the strings: the auditor remembers thousands of keys and
 * hundreds of requests per host, and long URLs kept as keys retained 251 MB for 100 hosts.
 */
export function requestKey(r: Pick<RequestRecord, 'method' | 'url' | 'bodyKey'>): string {
  const text = `${r.method}\n${r.url}\n${r.bodyKey}`;
  return hash53Pair(text, SEED);
}

/**
 * cyrb53, a fast 53-bit string hash, with seed 0 and with `seed`, computed in one pass over
 * the text: eight characters, each 53-bit hash as four base-16384 digits.
 */
function hash53Pair(text: string, seed: number): string {
  let a1 = 0xdeadbeef;
  let a2 = 0x41c6ce57;
  let b1 = 0xdeadbeef ^ seed;
  let b2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return finish53(a1, a2) + finish53(b1, b2);
}

function finish53(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // Digits of 14 bits (no surrogate halves), least significant first. Base 36 of the 53-bit
  // number took ~0.9 µs a call, 6 % of `decode --json` on a 100,000-entry HAR.
  return String.fromCharCode(
    h1 & 0x3fff,
    (h1 >>> 14) & 0x3fff,
    (h1 >>> 28) | ((h2 & 0x3ff) << 4),
    (h2 >>> 10) & 0x7ff,
  );
}
