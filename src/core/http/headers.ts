import type { Header, RateLimit } from '../types';

/** Header names are case-insensitive; the first occurrence wins. */
export function headerValue(headers: readonly Header[], name: string): string | null {
  const wanted = name.toLowerCase();
  for (const h of headers) {
    // The length check skips most lowercasing: this runs several times per decoded error.
    if (h.name.length === wanted.length && h.name.toLowerCase() === wanted) return h.value;
  }
  return null;
}

const DELTA_SECONDS = /^\s*(\d{1,10})\s*$/;

/**
 * `Retry-After` in seconds from the response, in either RFC 9110 form. The HTTP-date form is
 * taken relative to the response's own `Date` header, so a skewed local clock does not matter;
 * without one, relative to when the exchange started.
 */
export function retryAfterSeconds(headers: readonly Header[], startedAt: number): number | null {
  const raw = headerValue(headers, 'retry-after');
  if (raw === null) return null;
  const delta = DELTA_SECONDS.exec(raw);
  if (delta?.[1] !== undefined) return Number(delta[1]);
  // Only an IMF-fixdate such as "Wed, 21 Oct 2026 07:28:00 GMT": Date.parse would read "-5" as a year.
  const at = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(at)) return null;
  const dateHeader = headerValue(headers, 'date');
  const parsedNow = dateHeader === null ? Number.NaN : Date.parse(dateHeader);
  const now = Number.isNaN(parsedNow) ? startedAt : parsedNow;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function intHeader(headers: readonly Header[], name: string): number | null {
  const raw = headerValue(headers, name);
  if (raw === null || !/^\s*\d{1,15}\s*$/.test(raw)) return null;
  return Number(raw);
}

/** `X-RateLimit-*` state. Reset is a Unix time in seconds (seed 002), not a delay. */
export function rateLimitOf(headers: readonly Header[]): RateLimit | null {
  const limit = intHeader(headers, 'x-ratelimit-limit');
  const remaining = intHeader(headers, 'x-ratelimit-remaining');
  const resetAt = intHeader(headers, 'x-ratelimit-reset');
  if (limit === null && remaining === null && resetAt === null) return null;
  return { limit, remaining, resetAt };
}
