import type { Header } from '../types';
import { parseHttpDate } from './httpDate';

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

// delay-seconds is 1*DIGIT, of any length (RFC 9110 §10.2.3).
const DELTA_SECONDS = /^\s*(\d+)\s*$/;
/**
 * A longer delay is valid, and still outranks every later source, so it is capped, not dropped:
 * past 2^31 - 1 s (68 years) the exact figure means nothing to a developer.
 */
export const MAX_DELAY_SECONDS = 2 ** 31 - 1;

/**
 * `Retry-After` in seconds from the response, in either RFC 9110 form. The HTTP-date form is
 * taken relative to the response's own `Date` header, so a skewed local clock does not matter;
 * without one, relative to when the exchange started. Anything else is ignored, as invalid.
 */
export function retryAfterSeconds(headers: readonly Header[], startedAt: number): number | null {
  const raw = lowerHeaderValue(headers, 'retry-after');
  if (raw === null) return null;
  const delta = DELTA_SECONDS.exec(raw);
  if (delta?.[1] !== undefined) return Math.min(Number(delta[1]), MAX_DELAY_SECONDS);
  const at = parseHttpDate(raw);
  const now = responseTime(headers, startedAt);
  // No Date header and no start time (a HAR entry without startedDateTime gives 0): a date
  // cannot become a delay. Taken from 1970, it was a wait of 56 years.
  if (at === null || !(now > 0)) return null;
  const seconds = Math.ceil((at - now) / 1000);
  return Math.min(Math.max(0, seconds), MAX_DELAY_SECONDS);
}

/**
 * When the response was made, in ms since the epoch: its own `Date` header, so that a skewed
 * local clock does not matter; without a valid one, when the exchange started.
 */
export function responseTime(headers: readonly Header[], startedAt: number): number {
  return timeOf(lowerHeaderValue(headers, 'date'), startedAt);
}

/** A `Date` header's time in ms, or `startedAt` when it is absent or no HTTP-date. */
export function timeOf(dateHeader: string | null | undefined, startedAt: number): number {
  const parsed = dateHeader == null ? null : parseHttpDate(dateHeader);
  return parsed ?? startedAt;
}
