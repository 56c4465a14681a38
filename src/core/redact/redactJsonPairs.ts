import { REDACTED } from './placeholder';
import { isSecretName } from './secretNames';

// ---------------------------------------------------------------------------------------------
// JSON `"key": value` pairs, found by a linear scan of the text (no parse, so the text keeps its
// formatting, and a truncated or broken body is still handled). Objects are tracked on a stack,
// so that a name/value list item (`{"name": "password", "value": "…"}`, Postman's `{"key":
// "X-Api-Key", "value": "…"}`) loses its value whichever member comes first.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const COLON = 0x3a;
const MAX_NESTED_JSON = 3;

/** Members that name the item's value in name/value lists (HAR, Postman, AWS tags). */
const NAME_KEYS = new Set(['name', 'key', 'field', 'param', 'header']);
const VALUE_KEYS = new Set(['value']);

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

function isNumberChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d
  );
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
    while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
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

/** An open object: whether a name-like member named a secret, and where its values are. */
interface Frame {
  named: boolean;
  readonly values: [start: number, end: number][];
}

type Cut = readonly [start: number, end: number, replacement: string];

const WHOLE = `"${REDACTED}"`;

const redactedValue = ([start, end]: readonly [number, number]): Cut => [start, end, WHOLE];

const isWhole = (cut: Cut) => (cut[2] === WHOLE ? 1 : 0);

/** Applies cuts; a cut inside an earlier, larger one (or the same span redacted whole) drops. */
function applyCuts(text: string, cuts: Cut[]): string {
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a[0] - b[0] || b[1] - a[1] || isWhole(b) - isWhole(a));
  let out = '';
  let last = 0;
  for (const [start, end, replacement] of cuts) {
    if (start < last) continue;
    out += text.slice(last, start) + replacement;
    last = end;
  }
  return out + text.slice(last);
}

/** A closed (or cut) object of a name/value list that named a secret loses its values. */
function closeFrame(frame: Frame | null | undefined, cuts: Cut[]): void {
  if (frame?.named) for (const value of frame.values) cuts.push(redactedValue(value));
}

// A string that may hold a URL: a scheme, then its colon (maybe percent-encoded).
const URL_STRING = /^"\s*[A-Za-z][A-Za-z0-9+.-]{0,31}(?::|%3A)/i;

type Redaction = (value: string) => string;

// The start of an escape that truncation cut: `\`, `\u`, `\u0`… at the very end.
const CUT_ESCAPE = /\\(?:u[0-9A-Fa-f]{0,3})?$/;

/**
 * A string token, JSON-encoded again, when what it reads decoded holds secrets; else null.
 * Re-encoding escapes whatever the redactions inserted, so the JSON stays valid.
 */
function redactString(
  token: string,
  depth: number,
  urls: Redaction,
  strings: Redaction,
): string | null {
  const escaped = token.includes('\\');
  const url = URL_STRING.test(token);
  const value = escaped || url ? jsonString(token) : null;
  if (value === null) return null;
  let redacted = url ? urls(value) : value;
  if (escaped && depth < MAX_NESTED_JSON) {
    // JSON serialized inside a JSON string (`"data": "{\"token\": \"…\"}"`), or free text
    // with escaped quotes (`"password=\"two words\""`): judged as it reads decoded.
    redacted = strings(redactJsonPairs(redacted, depth + 1, urls, strings));
  }
  return redacted === value ? null : JSON.stringify(redacted);
}

/**
 * `urls` redacts a string value that is one URL (a callback, a redirect) as a URL parser reads
 * it, after JSON unescaping: `"https://h/?acc\tess_token=…"` holds a tab a parser drops.
 * `strings` redacts the free text of a string value with escapes, decoded: the raw passes see
 * `password=\"two words\"`, where a reader of the decoded text sees a quoted password.
 */
export function redactJsonPairs(
  text: string,
  depth: number,
  urls: Redaction = (value) => value,
  strings: Redaction = (value) => value,
): string {
  const cuts: Cut[] = [];
  // One entry per open `{` (a Frame) or `[` (null); broken JSON only makes it less exact.
  const stack: (Frame | null)[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) stack.push({ named: false, values: [] });
    else if (c === 0x5b) stack.push(null);
    else if (c === 0x7d || c === 0x5d) closeFrame(stack.pop(), cuts);
    if (c !== QUOTE) {
      i++;
      continue;
    }
    const end = scanString(text, i);
    if (end < 0) {
      const stop = -end - 1;
      if (stop >= text.length) {
        // Cut short by truncation: read as if closed there, a cut escape dropped.
        const cut = text.slice(i);
        const redacted =
          redactString(`${cut}"`, depth, urls, strings) ??
          redactString(`${cut.replace(CUT_ESCAPE, '')}"`, depth, urls, strings);
        if (redacted !== null) cuts.push([i, text.length, redacted.slice(0, -1)]);
        break;
      }
      i = stop + 1;
      continue;
    }
    const token = text.slice(i, end + 1);
    const afterKey = skipSpaces(text, end + 1);
    if (text.charCodeAt(afterKey) === COLON) {
      const key = jsonString(token) ?? token.slice(1, -1);
      const start = skipSpaces(text, afterKey + 1);
      const lower = key.toLowerCase();
      const frame = stack[stack.length - 1];
      if (NAME_KEYS.has(lower) && text.charCodeAt(start) === QUOTE) {
        const nameEnd = valueEnd(text, start);
        const named = jsonString(text.slice(start, nameEnd));
        if (named !== null && isSecretName(named)) {
          if (frame) frame.named = true;
          i = nameEnd;
          continue;
        }
      } else if (VALUE_KEYS.has(lower) && frame) {
        const valueStop = valueEnd(text, start);
        if (valueStop > start) frame.values.push([start, valueStop]);
      }
      if (isSecretName(key)) {
        const valueStop = valueEnd(text, start);
        if (valueStop > start) {
          cuts.push(redactedValue([start, valueStop]));
          i = valueStop;
          continue;
        }
      }
      i = afterKey + 1;
      continue;
    }
    const redacted = redactString(token, depth, urls, strings);
    if (redacted !== null) cuts.push([i, end + 1, redacted]);
    i = end + 1;
  }
  // A truncated body leaves objects open: their lists are judged on what arrived.
  for (const frame of stack) closeFrame(frame, cuts);
  return applyCuts(text, cuts);
}
