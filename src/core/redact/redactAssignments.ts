import { REDACTED } from './placeholder';
import { safeDecode, secretHeaderValue } from './redactValue';
import { isSecretHeader, isSecretName } from './secretNames';

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

/** `password=hunter2`, `access_token=…&`, `session="…"` → the value becomes `[REDACTED]`. */
export function redactAssignments(text: string): string {
  let out = '';
  let last = 0;
  let eq = text.indexOf('=');
  while (eq >= 0) {
    let next = eq + 1;
    let start = eq;
    while (start > last && eq - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) start--;
    const name = text.slice(start, eq);
    if (name !== '' && isSecretName(safeDecode(name)) && !text.startsWith(REDACTED, eq + 1)) {
      const quote = text[eq + 1];
      let valueStart = eq + 1;
      let end: number;
      if (quote === '"' || quote === "'") {
        valueStart++;
        end = valueStart;
        while (end < text.length && text[end] !== quote && text[end] !== '\n') end++;
        if (text[end] !== quote) end = valueStart; // unclosed on its line: not a quoted value
      } else {
        end = unquotedValueEnd(text, valueStart);
      }
      if (end > valueStart) {
        out += text.slice(last, valueStart) + REDACTED;
        last = end;
      }
      next = Math.max(end, eq + 1);
    }
    eq = text.indexOf('=', next);
  }
  return last === 0 ? text : out + text.slice(last);
}
