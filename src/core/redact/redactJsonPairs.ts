import { REDACTED } from './placeholder';
import { isSecretName } from './secretNames';

// ---------------------------------------------------------------------------------------------
// JSON `"key": value` pairs, found by a linear scan of string tokens (no parse, so the text keeps
// its formatting, and a truncated or broken body is still handled).

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const MAX_NESTED_JSON = 3;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The index of the quote closing the string opened at `open`; when there is none before a line
 * break or the end, `-(stop + 1)` where `stop` is that line break's index or the text length.
 */
function scanString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    if (c === NEWLINE) return -(i + 1);
    if (c === BACKSLASH) i++;
  }
  return -(text.length + 1);
}

/** Where the JSON value starting at `start` ends (exclusive); `start` for values kept as sent. */
function valueEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) {
    const close = scanString(text, start);
    return close >= 0 ? close + 1 : -close - 1;
  }
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    let i = start + 1;
    while (i < text.length && /[0-9.eE+-]/.test(text[i] ?? '')) i++;
    return i;
  }
  if (c === 0x7b || c === 0x5b) return containerEnd(text, start);
  return start; // true, false, null, or not JSON at all
}

/** The end (exclusive) of the object or array opened at `open`; the text's end if unclosed. */
function containerEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = scanString(text, i);
      if (close < 0 && -close - 1 >= text.length) return text.length;
      i = close >= 0 ? close : -close - 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

function jsonString(token: string): string | null {
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function redactJsonPairs(text: string, depth: number): string {
  let out = '';
  let last = 0;
  let i = text.indexOf('"');
  while (i >= 0) {
    const close = scanString(text, i);
    if (close < 0) {
      const stop = -close - 1;
      if (stop >= text.length) break;
      i = text.indexOf('"', stop + 1);
      continue;
    }
    const token = text.slice(i, close + 1);
    const afterKey = skipSpaces(text, close + 1);
    if (text.charCodeAt(afterKey) === 0x3a) {
      const key = jsonString(token) ?? token.slice(1, -1);
      if (isSecretName(key)) {
        const start = skipSpaces(text, afterKey + 1);
        const end = valueEnd(text, start);
        if (end > start) {
          out += `${text.slice(last, start)}"${REDACTED}"`;
          last = end;
          i = text.indexOf('"', end);
          continue;
        }
      }
    } else if (depth < MAX_NESTED_JSON && token.includes('\\"')) {
      // JSON serialized inside a JSON string: `"data": "{\"token\": \"…\"}"`.
      const inner = jsonString(token);
      if (inner !== null) {
        const redacted = redactJsonPairs(inner, depth + 1);
        if (redacted !== inner) {
          out += text.slice(last, i) + JSON.stringify(redacted);
          last = close + 1;
        }
      }
    }
    i = text.indexOf('"', close + 1);
  }
  return last === 0 ? text : out + text.slice(last);
}
