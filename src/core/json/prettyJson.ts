/**
 * Pretty-printed JSON for reading, within a bound. Indentation grows with depth: a 140 KB body
 * of nested arrays (under the 256 KB body cap) pretty-prints to 490 million characters. So the
 * size of the pretty form is bounded first, by a linear scan of the text, and a body whose
 * pretty form could pass `maxChars` is shown as sent.
 */

/** Four times the default body cap (256 K characters). */
export const PRETTY_MAX_CHARS = 1024 * 1024;

export interface PrettyBody {
  /** What to show: indented JSON, or the body as sent. */
  readonly text: string;
  readonly indented: boolean;
  /** The body is JSON, but its pretty form would pass the bound: `text` is the body as sent. */
  readonly tooLarge: boolean;
}

const INDENT = 2;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * An upper bound of `JSON.stringify(JSON.parse(text), null, 2).length`, or `Infinity` once it
 * passes `max`. Each `{`, `[`, `,`, `}` and `]` may start a line indented to its depth; a lone
 * surrogate in a string may come out as a 6-character escape.
 */
export function prettySizeBound(text: string, max: number): number {
  let size = 0;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) {
        size += 2;
        i++;
      } else {
        if (c === 0x22) inString = false;
        size += c >= 0xd800 && c <= 0xdfff ? 6 : 1;
      }
    } else if (c === 0x22) {
      inString = true;
      size += 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      size += 2 + INDENT * depth;
    } else if (c === 0x7d || c === 0x5d) {
      depth = Math.max(0, depth - 1);
      size += 2 + INDENT * depth;
    } else if (c === 0x2c) {
      size += 2 + INDENT * depth;
    } else if (c === 0x3a) {
      size += 2;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // A number prints in at most 24 characters; only an exponent can make it longer (1e20).
      let end = i;
      let exponent = false;
      while (end < text.length && /[0-9.eE+-]/.test(text[end] ?? '')) {
        if (text[end] === 'e' || text[end] === 'E') exponent = true;
        end++;
      }
      size += exponent ? Math.max(24, end - i) : end - i;
      i = end - 1;
    } else if (!isSpace(c)) {
      size += 1;
    }
    if (size > max) return Infinity;
  }
  return size;
}

/**
 * A body for reading: indented JSON when it parses and its pretty form stays within `maxChars`,
 * else the text as sent. Never throws: a body nested too deep for JSON.stringify is shown raw.
 */
export function prettyBody(body: string, maxChars = PRETTY_MAX_CHARS): PrettyBody {
  const raw = { text: body, indented: false, tooLarge: false };
  if (body.trim() === '') return raw;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return raw; // not JSON: shown as sent
  }
  if (prettySizeBound(body, maxChars) > maxChars) return { ...raw, tooLarge: true };
  try {
    const pretty = JSON.stringify(value, null, INDENT);
    return typeof pretty === 'string' ? { text: pretty, indented: true, tooLarge: false } : raw;
  } catch {
    return { ...raw, tooLarge: true }; // RangeError: nested deeper than the stack
  }
}
