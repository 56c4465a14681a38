import type { Header } from '../types';

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
  return lowerHeaderValue(headers, name.toLowerCase());
}

/**
 * headerValue for a name already in lower case: a pack's header sources are lowered once when
 * compiled, not per body (the toLowerCase was 20 % of recognizing a Slack error).
 */
export function lowerHeaderValue(headers: readonly Header[], lower: string): string | null {
  // Indexed: for…of's iterator showed in the profile of every pack's request-id read.
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    if (isHeaderName(h.name, lower)) return h.value;
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
  const raw = lowerHeaderValue(headers, 'retry-after');
  if (raw === null) return null;
  const delta = DELTA_SECONDS.exec(raw);
  if (delta?.[1] !== undefined) return Number(delta[1]);
  // Only an IMF-fixdate such as "Wed, 21 Oct 2026 07:28:00 GMT": Date.parse would read "-5" as a year.
  const at = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - responseTime(headers, startedAt)) / 1000));
}

/**
 * When the response was made, in ms since the epoch: its own `Date` header, so that a skewed
 * local clock does not matter; without a valid one, when the exchange started.
 */
export function responseTime(headers: readonly Header[], startedAt: number): number {
  return timeOf(lowerHeaderValue(headers, 'date'), startedAt);
}

/** A `Date` header's time in ms, or `startedAt` when it is absent or invalid. */
export function timeOf(dateHeader: string | null | undefined, startedAt: number): number {
  const parsed = dateHeader == null ? Number.NaN : Date.parse(dateHeader);
  return Number.isNaN(parsed) ? startedAt : parsed;
}
