import type { Header, RateLimit, RateLimitPolicy } from '../types';
import { isHeaderName, timeOf } from './headers';
import { ietfPolicies, type IetfFields } from './ietfRateLimit';
import { joinFieldLines } from './structuredFields';

/** The lines of each IETF field, as sent. */
type IetfLines = { -readonly [K in keyof IetfFields]?: string[] };

/** The rate-limit header values of one response, as sent; absent names stay undefined. */
interface RawFields {
  readonly date: string | undefined;
  readonly xLimit: string | undefined;
  readonly xRemaining: string | undefined;
  readonly xReset: string | undefined;
  readonly xResource: string | undefined;
  readonly ietf: IetfLines | undefined;
}

const SHORTEST = 'ratelimit'.length;
const LONGEST = 'x-ratelimit-remaining'.length;

/**
 * One pass over the headers, cheap for the many responses with none of these: a name is
 * compared only when its length and first letter fit. `X-RateLimit-*` keeps its first value
 * (as headerValue); an IETF field keeps every line, since a structured field may be split.
 * `Date` is picked up on the way: a reset needs it, and a second pass cost more.
 */
function rawFields(headers: readonly Header[]): RawFields | null {
  let date: string | undefined;
  let xLimit: string | undefined;
  let xRemaining: string | undefined;
  let xReset: string | undefined;
  let xResource: string | undefined;
  let ietf: IetfLines | undefined;
  for (const { name, value } of headers) {
    const length = name.length;
    if (length === 4) {
      if (date === undefined && isHeaderName(name, 'date')) date = value;
      continue;
    }
    if (length < SHORTEST || length > LONGEST) continue;
    const first = name.charCodeAt(0) | 0x20;
    if (first === 0x78 /* x */) {
      if (isHeaderName(name, 'x-ratelimit-limit')) xLimit ??= value;
      else if (isHeaderName(name, 'x-ratelimit-remaining')) xRemaining ??= value;
      else if (isHeaderName(name, 'x-ratelimit-reset')) xReset ??= value;
      else if (isHeaderName(name, 'x-ratelimit-resource')) xResource ??= value;
    } else if (first === 0x72 /* r */) {
      const field = ietfField(name);
      if (field !== null) ((ietf ??= {})[field] ??= []).push(value);
    }
  }
  if (
    ietf === undefined &&
    xLimit === undefined &&
    xRemaining === undefined &&
    xReset === undefined
  )
    return null;
  // One object shape for every response: the decoder stays monomorphic here.
  return { date, xLimit, xRemaining, xReset, xResource, ietf };
}

/** Which IETF field a name starting with "r" is, by its length first (no loop: per header). */
function ietfField(name: string): keyof IetfLines | null {
  switch (name.length) {
    case 9:
      return isHeaderName(name, 'ratelimit') ? 'current' : null;
    case 15:
      if (isHeaderName(name, 'ratelimit-limit')) return 'limit';
      return isHeaderName(name, 'ratelimit-reset') ? 'reset' : null;
    case 16:
      return isHeaderName(name, 'ratelimit-policy') ? 'policy' : null;
    case 19:
      return isHeaderName(name, 'ratelimit-remaining') ? 'remaining' : null;
    default:
      return null;
  }
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

/** `seconds` after `now` (a Unix time), or null when the time is unknown. */
const after = (now: number | null, seconds: number) => (now === null ? null : now + seconds);

/** A time in whole seconds; null for none (a HAR entry without startedDateTime gives 0). */
const secondsOf = (ms: number) => (Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : null);

/** The response's time in Unix seconds: its `Date`, else when the exchange started. */
const nowOf = (raw: RawFields, startedAt: number) => secondsOf(timeOf(raw.date, startedAt));

/** `X-RateLimit-*` as the whole state, its one policy listed. Built flat: it runs per error. */
function xRateLimit(raw: RawFields, startedAt: number): RateLimit | null {
  const quota = numberOf(raw.xLimit, INTEGER);
  const remaining = numberOf(raw.xRemaining, INTEGER);
  const reset = numberOf(raw.xReset, SECONDS);
  if (quota === null && remaining === null && reset === null) return null;
  let resetSeconds: number | null = null;
  let resetAt: number | null = null;
  let resetKind: RateLimit['resetKind'] = null;
  if (reset !== null) {
    const now = nowOf(raw, startedAt);
    resetKind = resetKindOf(reset, now);
    if (resetKind === 'epoch') {
      resetSeconds = now === null ? null : Math.max(0, Math.ceil(reset - now));
      resetAt = reset;
    } else {
      resetSeconds = reset;
      resetAt = after(now, reset);
    }
  }
  const name = raw.xResource === undefined ? null : raw.xResource.trim().slice(0, 100) || null;
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
  return { limit: quota, remaining, resetAt, resetKind, policies: [policy] };
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
  const lines = raw.ietf;
  const ietf =
    lines === undefined
      ? null
      : ietfPolicies({
          policy: joined(lines.policy),
          current: joined(lines.current),
          limit: joined(lines.limit),
          remaining: joined(lines.remaining),
          reset: joined(lines.reset),
        });
  const x = xRateLimit(raw, startedAt);
  if (x !== null) return ietf === null ? x : { ...x, policies: [...ietf, ...x.policies] };
  const top = ietf === null ? undefined : tightest(ietf);
  if (ietf === null || top === undefined) return null;
  const reset = top.resetSeconds;
  return {
    limit: top.quota,
    remaining: top.remaining,
    resetAt: reset === null ? null : after(nowOf(raw, startedAt), reset),
    resetKind: reset === null ? null : 'delay',
    policies: ietf,
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
