import { REDACTED } from './placeholder';
import { safeDecode, secretHeaderValue } from './redactValue';
import { authScheme, isSecretHeader, isSecretName } from './secretNames';

// ---------------------------------------------------------------------------------------------
// `Name: value` lines and `name=value` pairs.

const HEADER_LINE = /^([ \t]*)([A-Za-z][A-Za-z0-9_-]{0,100})([ \t]*:[ \t]*)([^\r\n]*)$/gm;

export function redactHeaderLines(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(
    HEADER_LINE,
    (line, indent: string, name: string, sep: string, value: string) =>
      isSecretHeader(name) && value.trim() !== ''
        ? `${indent}${name}${sep}${secretHeaderValue(name, value)}`
        : line,
  );
}

const MAX_NAME = 128;

function isNameChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f || // _
    c === 0x2e || // .
    c === 0x2d || // -
    c === 0x25 || // % (encoded names)
    c === 0x5b || // [ (user[password]=)
    c === 0x5d
  );
}

// Where an unquoted value ends: space, a separator of query strings, cookies or lists, a quote
// or escape of the text around it.
const VALUE_STOPS = new Set(' \t\r\n&;,"\'<>\\)}#`'.split('').map((ch) => ch.charCodeAt(0)));

function unquotedValueEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !VALUE_STOPS.has(text.charCodeAt(end))) end++;
  return end;
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** The end of the quoted value opened at `open`, or -1 when it does not close on its line. */
function quotedValueEnd(text: string, open: number): number {
  const quote = text[open];
  let end = open + 1;
  while (end < text.length && text[end] !== quote && text[end] !== '\n') end++;
  return text[end] === quote ? end : -1;
}

/** OAuth's `code` is secret as a query or form parameter: after `?`, `&` or `#`, or alone. */
function isParamPosition(text: string, nameStart: number): boolean {
  const before = text[nameStart - 1];
  return before === undefined || before === '?' || before === '&' || before === '#';
}

/**
 * `password=hunter2`, `access_token=…&`, `session="…"`, `password = x`, `password: x` → the
 * value becomes `[REDACTED]`. `Authorization: Bearer x` keeps its scheme word. A value of
 * another name that is percent-encoded (a URL, JSON in a form field) is decoded, given to
 * `nested` and encoded again when that changed it.
 */
export function redactAssignments(
  text: string,
  nested: ((value: string) => string) | null = null,
): string {
  let out = '';
  let last = 0;
  const nextSeparator = separators(text);
  let sep = nextSeparator(0);
  while (sep >= 0) {
    let next = sep + 1;
    let nameEnd = sep;
    while (nameEnd > last && sep - nameEnd < MAX_NAME && isBlank(text[nameEnd - 1])) nameEnd--;
    let start = nameEnd;
    while (start > last && nameEnd - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) {
      start--;
    }
    const name = safeDecode(text.slice(start, nameEnd));
    const isColon = text[sep] === ':';
    let valueStart = sep + 1;
    while (isBlank(text[valueStart])) valueStart++;
    const secret =
      name !== '' &&
      (isSecretName(name) ||
        (!isColon && name.toLowerCase() === 'code' && isParamPosition(text, start)));
    if (secret) {
      // `Authorization: Bearer x`: the scheme word stays, what follows it is the secret.
      const scheme = isColon ? authScheme(name, text.slice(valueStart, valueStart + 64)) : null;
      if (scheme !== null) {
        valueStart += scheme.length;
        while (isBlank(text[valueStart])) valueStart++;
      }
      let end = -1;
      if (text.startsWith(REDACTED, valueStart)) {
        end = valueStart; // already redacted
      } else if (text[valueStart] === '"' || text[valueStart] === "'") {
        const close = quotedValueEnd(text, valueStart);
        // Unclosed on its line: not a quoted value.
        if (close > valueStart + 1 && !text.startsWith(REDACTED, valueStart + 1)) {
          out += text.slice(last, valueStart + 1) + REDACTED;
          last = close;
        }
        end = Math.max(close, valueStart);
      } else {
        end = unquotedValueEnd(text, valueStart);
        let after = end;
        while (isBlank(text[after])) after++;
        // `token: Bearer [REDACTED]`: a scheme word before an already redacted credential.
        if (end > valueStart && !(isColon && after > end && text.startsWith(REDACTED, after))) {
          out += text.slice(last, valueStart) + REDACTED;
          last = end;
        }
      }
      next = Math.max(end, sep + 1);
    } else if (nested !== null && !isColon && valueStart === sep + 1) {
      const end = unquotedValueEnd(text, valueStart);
      const value = text.slice(valueStart, end);
      if (value.includes('%')) {
        const decoded = safeDecode(value);
        const redacted = decoded === value ? value : nested(decoded);
        if (redacted !== decoded) {
          out += text.slice(last, valueStart) + encodeURIComponent(redacted);
          last = end;
        }
      }
      next = Math.max(end, sep + 1);
    }
    sep = nextSeparator(next);
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * The next `=` or `:` at or after `from`, for calls with growing `from`. Each character is
 * searched once: a second indexOf per call would rescan to the end a text with no `:`.
 */
function separators(text: string): (from: number) => number {
  let eq = -2;
  let colon = -2;
  return (from) => {
    if (eq !== -1 && eq < from) eq = text.indexOf('=', from);
    if (colon !== -1 && colon < from) colon = text.indexOf(':', from);
    if (eq < 0) return colon;
    if (colon < 0) return eq;
    return Math.min(eq, colon);
  };
}
