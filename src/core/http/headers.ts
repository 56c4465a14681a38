import type { Header, RateLimit } from '../types';

/**
 * Whether `name` lower-cased equals `lower` (lower-case ASCII). Compares in place: calling
 * toLowerCase() allocated a string per header of the right length, several per decoded error.
 */
export function isHeaderName(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === lower.charCodeAt(i)) continue;
    // Kelvin sign and the like lower-case to ASCII: leave anything not ASCII to toLowerCase().
    if (c > 0x7f) return name.toLowerCase() === lower;
    if (c < 0x41 || c > 0x5a || c + 0x20 !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** Header names are case-insensitive; the first occurrence wins. */
export function headerValue(headers: readonly Header[], name: string): string | null {
  const wanted = name.toLowerCase();
  for (const h of headers) {
    if (isHeaderName(h.name, wanted)) return h.value;
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

const INTEGER = /^\s*\d{1,15}\s*$/;

function intOf(raw: string | undefined): number | null {
  return raw === undefined || !INTEGER.test(raw) ? null : Number(raw);
}

/**
 * `X-RateLimit-*` state. Reset is a Unix time in seconds (seed 002), not a delay. One pass over
 * the headers instead of three lookups: this runs for every decoded error.
 */
export function rateLimitOf(headers: readonly Header[]): RateLimit | null {
  let limit: string | undefined;
  let remaining: string | undefined;
  let reset: string | undefined;
  for (const h of headers) {
    // The first occurrence of a name wins, valid or not (as headerValue).
    if (isHeaderName(h.name, 'x-ratelimit-limit')) limit ??= h.value;
    else if (isHeaderName(h.name, 'x-ratelimit-reset')) reset ??= h.value;
    else if (isHeaderName(h.name, 'x-ratelimit-remaining')) remaining ??= h.value;
  }
  if (limit === undefined && remaining === undefined && reset === undefined) return null;
  const state = { limit: intOf(limit), remaining: intOf(remaining), resetAt: intOf(reset) };
  return state.limit === null && state.remaining === null && state.resetAt === null ? null : state;
}
