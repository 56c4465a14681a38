import type { Header, RateLimit, RateLimitPolicy } from '../types';
import { isHeaderName, responseTime } from './headers';
import { ietfPolicies, type IetfFields } from './ietfRateLimit';
import { joinFieldLines } from './structuredFields';

/** The rate-limit header values of one response, as sent; absent names stay undefined. */
interface RawFields {
  xLimit?: string;
  xRemaining?: string;
  xReset?: string;
  xResource?: string;
  policy?: string[];
  current?: string[];
  limit?: string[];
  remaining?: string[];
  reset?: string[];
}

const SHORTEST = 'ratelimit'.length;
const LONGEST = 'x-ratelimit-remaining'.length;

/**
 * One pass over the headers, cheap for the many responses with none of these: a name is
 * compared only when its length and first letter fit. `X-RateLimit-*` keeps its first value
 * (as headerValue); an IETF field keeps every line, since a structured field may be split.
 */
function rawFields(headers: readonly Header[]): RawFields | null {
  let raw: RawFields | null = null;
  for (const { name, value } of headers) {
    if (name.length < SHORTEST || name.length > LONGEST) continue;
    const first = name.charCodeAt(0) | 0x20;
    if (first === 0x78 /* x */) {
      if (isHeaderName(name, 'x-ratelimit-limit')) (raw ??= {}).xLimit ??= value;
      else if (isHeaderName(name, 'x-ratelimit-remaining')) (raw ??= {}).xRemaining ??= value;
      else if (isHeaderName(name, 'x-ratelimit-reset')) (raw ??= {}).xReset ??= value;
      else if (isHeaderName(name, 'x-ratelimit-resource')) (raw ??= {}).xResource ??= value;
    } else if (first === 0x72 /* r */) {
      if (isHeaderName(name, 'ratelimit')) ((raw ??= {}).current ??= []).push(value);
      else if (isHeaderName(name, 'ratelimit-policy')) ((raw ??= {}).policy ??= []).push(value);
      else if (isHeaderName(name, 'ratelimit-limit')) ((raw ??= {}).limit ??= []).push(value);
      else if (isHeaderName(name, 'ratelimit-remaining'))
        ((raw ??= {}).remaining ??= []).push(value);
      else if (isHeaderName(name, 'ratelimit-reset')) ((raw ??= {}).reset ??= []).push(value);
    }
  }
  return raw;
}

const INTEGER = /^\s*\d{1,15}\s*$/;
/** Some APIs (Discord) send the reset with a fraction: 1470173023.123. */
const SECONDS = /^\s*\d{1,12}(?:\.\d{1,6})?\s*$/;

function numberOf(raw: string | undefined, pattern: RegExp): number | null {
  return raw === undefined || !pattern.test(raw) ? null : Number(raw);
}

/** Without a response time (no Date, a HAR entry without one), what "now" is judged against. */
const NO_TIME_REFERENCE = 2_000_000_000;

/**
 * Whether an `X-RateLimit-Reset` is a Unix time or a delay, by its magnitude against the
 * response's time: GitHub sends an epoch, others seconds to wait. A delay of more than half the
 * Unix time would be decades; an epoch that small would be before 1999. Without a time, an
 * epoch is a value past 2001-09-09 (10^9 s).
 */
export function resetKindOf(value: number, nowSeconds: number | null): 'epoch' | 'delay' {
  return value * 2 > (nowSeconds ?? NO_TIME_REFERENCE) ? 'epoch' : 'delay';
}

interface XRateLimit {
  readonly policy: RateLimitPolicy;
  readonly resetAt: number | null;
  readonly resetKind: 'epoch' | 'delay' | null;
}

/** `seconds` after `now` (a Unix time), or null when the time is unknown. */
const after = (now: number | null, seconds: number) => (now === null ? null : now + seconds);

function xRateLimit(raw: RawFields, nowSeconds: () => number | null): XRateLimit | null {
  const quota = numberOf(raw.xLimit, INTEGER);
  const remaining = numberOf(raw.xRemaining, INTEGER);
  const reset = numberOf(raw.xReset, SECONDS);
  if (quota === null && remaining === null && reset === null) return null;
  const now = reset === null ? null : nowSeconds();
  const kind = reset === null ? null : resetKindOf(reset, now);
  let resetSeconds: number | null = reset;
  let resetAt = reset === null ? null : after(now, reset);
  if (kind === 'epoch' && reset !== null) {
    resetSeconds = now === null ? null : Math.max(0, Math.ceil(reset - now));
    resetAt = reset;
  }
  const name = raw.xResource?.trim().slice(0, 100) || null;
  const policy: RateLimitPolicy = {
    source: 'x-ratelimit',
    name,
    quota,
    unit: 'requests',
    windowSeconds: null,
    remaining,
    resetSeconds,
    partitionKey: null,
  };
  return { policy, resetAt, resetKind: kind };
}

/** The policy closest to exhaustion: the least remaining, then the longest wait. */
function tightest(policies: readonly RateLimitPolicy[]): RateLimitPolicy | undefined {
  let best: RateLimitPolicy | undefined;
  for (const p of policies) {
    if (best === undefined) best = p;
    else if (p.remaining !== null) {
      const r = best.remaining ?? Infinity;
      if (
        p.remaining < r ||
        (p.remaining === r && (p.resetSeconds ?? 0) > (best.resetSeconds ?? 0))
      )
        best = p;
    }
  }
  return best;
}

/** A time in whole seconds; null for none (a HAR entry without startedDateTime gives 0). */
const secondsOf = (ms: number) => (Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : null);

const joined = (lines: string[] | undefined) =>
  lines === undefined ? null : joinFieldLines(lines);

/**
 * A response's rate-limit state from every header generation (see ietfRateLimit.ts and
 * `X-RateLimit-*`), or null when it sends none that parses. Resets are taken relative to the
 * response's own `Date`, or to when the exchange started.
 */
export function rateLimitOf(headers: readonly Header[], startedAt: number): RateLimit | null {
  const raw = rawFields(headers);
  if (raw === null) return null;
  let now: number | null | undefined;
  const nowSeconds = () => (now ??= secondsOf(responseTime(headers, startedAt)));

  const x = xRateLimit(raw, nowSeconds);
  const fields: IetfFields = {
    policy: joined(raw.policy),
    current: joined(raw.current),
    limit: joined(raw.limit),
    remaining: joined(raw.remaining),
    reset: joined(raw.reset),
  };
  const ietf =
    (raw.policy ?? raw.current ?? raw.limit ?? raw.remaining ?? raw.reset)
      ? ietfPolicies(fields)
      : [];
  const policies = x === null ? ietf : [...ietf, x.policy];
  if (x !== null) {
    const { quota, remaining } = x.policy;
    return { limit: quota, remaining, resetAt: x.resetAt, resetKind: x.resetKind, policies };
  }
  const top = tightest(ietf);
  if (top === undefined) return null;
  const reset = top.resetSeconds;
  return {
    limit: top.quota,
    remaining: top.remaining,
    resetAt: reset === null ? null : after(nowSeconds(), reset),
    resetKind: reset === null ? null : 'delay',
    policies,
  };
}

/** The wait an exhausted quota asks for, and where it was read. */
export interface QuotaWait {
  readonly seconds: number;
  readonly source: 'ratelimit' | 'x-ratelimit-reset';
  readonly policy: RateLimitPolicy;
}

/**
 * The reset of an exhausted quota (nothing remaining): an IETF policy's first (the longest
 * such wait, since every exhausted quota must reset), else `X-RateLimit-*`'s.
 */
export function exhaustedQuotaWait(rateLimit: RateLimit | null): QuotaWait | null {
  if (rateLimit === null) return null;
  let ietf: RateLimitPolicy | undefined;
  let x: RateLimitPolicy | undefined;
  for (const p of rateLimit.policies) {
    if (p.remaining !== 0 || p.resetSeconds === null) continue;
    if (p.source === 'x-ratelimit') x ??= p;
    else if (ietf === undefined || p.resetSeconds > (ietf.resetSeconds ?? 0)) ietf = p;
  }
  if (ietf?.resetSeconds != null) {
    return { seconds: ietf.resetSeconds, source: 'ratelimit', policy: ietf };
  }
  if (x?.resetSeconds != null)
    return { seconds: x.resetSeconds, source: 'x-ratelimit-reset', policy: x };
  return null;
}
