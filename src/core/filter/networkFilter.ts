import type { CapturedError } from '../capture/capturedError';
import { globContains, globMatcher } from './glob';
import { compileHostPattern } from './hostPattern';

/**
 * Chrome Network panel filter syntax: space-separated tokens are ANDed and a leading `-`
 * negates. Keys: `domain:`, `status-code:`, `method:`, `url:`, and our own `format:`, `code:`
 * and `advice:`. Any other token is free text matched against the URL, code and message.
 * `*` is a wildcard in `domain:`, `status-code:`, `code:` (whole value) and `url:` (any part),
 * matched in linear time (glob.ts): a value clicked in the Summary view may be hostile.
 */
export type Filterable = Pick<CapturedError, 'url' | 'method' | 'status' | 'decoded'> &
  Partial<Pick<CapturedError, 'body'>>;
export type RowPredicate = (row: Filterable) => boolean;

export const FILTER_KEYS = [
  'domain',
  'status-code',
  'method',
  'url',
  'format',
  'code',
  'advice',
  'body',
];

/**
 * `body:` searches the response body text, case-insensitively. An escaped literal in a regular
 * expression: no copy of the body (a lower-cased copy of 64 MB of bodies took 270 ms), and no
 * pattern the user types can make it backtrack, so each body costs time linear in its length.
 */
function bodyMatcher(value: string): RowPredicate {
  const re = new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  return (row) => row.body !== undefined && re.test(row.body);
}

function statusMatcher(value: string): RowPredicate {
  // `4xx` and `5*` are conveniences beyond Chrome's exact match.
  const matches = globMatcher(value.replace(/x/gi, '*'));
  return (row) => matches(String(row.status));
}

function keyed(key: string, value: string): RowPredicate | null {
  const lower = value.toLowerCase();
  switch (key) {
    case 'domain': {
      const m = compileHostPattern(value);
      return (row) => m(row.url);
    }
    case 'status-code':
      return statusMatcher(value);
    case 'method':
      return (row) => row.method.toLowerCase() === lower;
    case 'url': {
      const matches = globContains(value);
      return (row) => matches(row.url);
    }
    case 'format':
      return (row) => row.decoded.format === lower;
    case 'code': {
      const matches = globMatcher(value);
      return (row) => row.decoded.code !== null && matches(String(row.decoded.code));
    }
    case 'advice':
      return (row) => row.decoded.retry.advice === lower;
    case 'body':
      return bodyMatcher(value);
    default:
      return null;
  }
}

function freeText(text: string): RowPredicate {
  const needle = text.toLowerCase();
  return (row) =>
    row.url.toLowerCase().includes(needle) ||
    (row.decoded.code !== null && String(row.decoded.code).toLowerCase().includes(needle)) ||
    (row.decoded.message?.toLowerCase().includes(needle) ?? false);
}

function tokenPredicate(token: string): RowPredicate | null {
  const negate = token.startsWith('-') && token.length > 1;
  const body = negate ? token.slice(1) : token;
  const colon = body.indexOf(':');
  const key = colon > 0 ? body.slice(0, colon).toLowerCase() : '';
  const value = colon > 0 ? body.slice(colon + 1) : '';
  // `domain:` with no value yet (the user is typing) filters nothing.
  if (FILTER_KEYS.includes(key) && value === '') return null;
  const positive = (FILTER_KEYS.includes(key) ? keyed(key, value) : null) ?? freeText(body);
  return negate ? (row) => !positive(row) : positive;
}

export function compileFilter(text: string): RowPredicate {
  const predicates = text
    .split(/\s+/)
    .filter((t) => t !== '')
    .map(tokenPredicate)
    .filter((p): p is RowPredicate => p !== null);
  if (predicates.length === 0) return () => true;
  return (row) => predicates.every((p) => p(row));
}
