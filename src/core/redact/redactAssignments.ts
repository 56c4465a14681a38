import { REDACTED } from './placeholder';
import { safeDecode, secretHeaderValue } from './redactValue';
import { authScheme, isSecretHeader, isSecretName, takesAuthScheme } from './secretNames';
import { withoutBreaks } from './urlParts';

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
// The scheme words redactTokens keeps before the credential it redacts.
const KEPT_SCHEMES = new Set(['bearer', 'basic']);

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

// A query or form parameter's value (after `?`, `&` or `#`) ends only where a URL does, or at
// the next parameter: `'`, `(`, `)`, `,` and `;` are URL characters a password may hold.
const PARAM_VALUE_STOPS = new Set(' \t\r\n&"<>\\#`'.split('').map((ch) => ch.charCodeAt(0)));

// A path parameter's value (`/x;jsessionid=…?a=1`) also ends where the path does.
const PATH_PARAM_VALUE_STOPS = new Set([...VALUE_STOPS, 0x2f, 0x3f]); // / ?

/** Whether a name (found at `at`) is secret: OAuth's `code` only as a query or form parameter. */
function isSecret(name: string, isColon: boolean, text: string, at: number): boolean {
  // Every secret word or part has three letters or more: most hostile names (`a=a=a…`) stop here.
  return (
    name.length >= 3 &&
    (isSecretName(name) || (!isColon && name.toLowerCase() === 'code' && isParamPosition(text, at)))
  );
}

/**
 * Where an unquoted value starting at `from` ends, for calls with growing `from`: the stop found
 * last is reused while it lies ahead, so values that are not skipped are not rescanned.
 */
function valueEnds(text: string, stops: ReadonlySet<number>): (from: number) => number {
  let end = -1;
  return (from) => {
    if (end < from) {
      end = from;
      while (end < text.length && !stops.has(text.charCodeAt(end))) end++;
    }
    return end;
  };
}

/** Whether `text[at]` is the letter of a JSON escape of a line break or tab (`\n`, `\t`). */
function isJsonEscape(text: string, at: number): boolean {
  const c = text[at];
  return text[at - 1] === '\\' && (c === 'n' || c === 'r' || c === 't');
}

/** How many characters before `at` are one tab or line break, raw or JSON-escaped (0: none). */
function breakBefore(text: string, at: number): number {
  const c = text[at - 1];
  if (c === '\t' || c === '\n' || c === '\r') return 1;
  return at >= 2 && isJsonEscape(text, at - 1) ? 2 : 0;
}

/** Where a name ending at `end` starts: name characters back to `last`, at most MAX_NAME. */
function nameStart(text: string, end: number, last: number): number {
  let start = end;
  while (start > last && end - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) {
    start--;
  }
  // `"…\npin: 1234"`: the `n` of a JSON escape is not part of the name.
  return isJsonEscape(text, start) ? start + 1 : start;
}

/**
 * A name that a tab or line break splits (`acc<TAB>ess_token=` in a URL, which a parser reads
 * as `access_token`), joined again: its start and the joined name, or null when none splits it.
 */
function joinedName(text: string, start: number, end: number, last: number) {
  let from = start;
  let gap = breakBefore(text, from);
  if (gap === 0) return null;
  // A break with no name before it still goes: `?<TAB>code=` is the parameter `code`.
  while (gap > 0 && from - gap >= last) {
    from = nameStart(text, from - gap, last);
    gap = breakBefore(text, from);
  }
  if (from === start) return null;
  const name = text.slice(from, end).replace(/\\[nrt]/g, '');
  return { start: from, name: withoutBreaks(safeDecode(name)) };
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

/** Where the line holding `at` ends, before its `\r\n` or `\n`. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/**
 * Where Authorization credentials in running text end: at the line's end (raw or JSON-escaped)
 * or at a quote that closes the text around them. Any word may be a scheme (`Bot`, `sso-key`)
 * and what follows it the credentials, so a space ends nothing. An auth-param's quoted string
 * (`response="…"`) is part of them.
 */
function credentialsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const c = text[end];
    if (c === '\n' || c === '\r') break;
    if (c === '\\') {
      const escaped = text[end + 1];
      if (escaped === 'n' || escaped === 'r') break;
      end += 2; // `\"` inside a JSON string or a shell word: a quote of the credentials
      continue;
    }
    if (c === '"' && afterEquals(text, from, end)) {
      const close = quotedValueEnd(text, end);
      if (close < 0) return lineEnd(text, end);
      end = close + 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') break;
    end++;
  }
  while (end > from && isBlank(text[end - 1])) end--;
  return Math.min(end, text.length);
}

// What may follow a parameter's closing quote: the end of the value (`&`, a blank, the quote or
// escape that closes the text around it).
const AFTER_QUOTE = /[\s&;#"'`,)}\]\\]/;

/**
 * Whether a parameter's value that starts with `'` is a quoted string: not empty, and its
 * closing quote ends the value. `access_token=''2abc` is no quoted `''` followed by a secret
 * left in the clear (a property test found it): it is read as an unquoted value.
 */
function singleQuoted(text: string, at: number): boolean {
  const close = quotedValueEnd(text, at);
  if (close <= at + 1) return false;
  const next = text[close + 1];
  return next === undefined || AFTER_QUOTE.test(next);
}

/** Whether `at` follows a `=`, blanks aside, with no more than `from` before it. */
function afterEquals(text: string, from: number, at: number): boolean {
  let before = at;
  while (before > from && isBlank(text[before - 1])) before--;
  return before > from && text[before - 1] === '=';
}

// A line that holds a `name: value` pair of its own.
const PAIR_LINE = /[A-Za-z][A-Za-z0-9_-]{0,100}[ \t]*:(?:[ \t\r\n]|$)/y;

/**
 * Where the value of a name that ends its line starts (`password:\n  hunter2`): on the next
 * line, unless that line is a pair of its own. `at` is returned when no line break is there.
 */
function valueOnNextLine(text: string, at: number): number {
  if (text[at] !== '\n' && text[at] !== '\r') return at;
  let start = at + (text.startsWith('\r\n', at) ? 2 : 1);
  while (isBlank(text[start])) start++;
  PAIR_LINE.lastIndex = start;
  return PAIR_LINE.test(text) ? at : start;
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
  const valueEnd = valueEnds(text, VALUE_STOPS);
  const paramValueEnd = valueEnds(text, PARAM_VALUE_STOPS);
  const pathParamValueEnd = valueEnds(text, PATH_PARAM_VALUE_STOPS);
  let percent = -2;
  let sep = nextSeparator(0);
  while (sep >= 0) {
    let next = sep + 1;
    const isColon = text[sep] === ':';
    let nameEnd = sep;
    while (nameEnd > last && sep - nameEnd < MAX_NAME && isBlank(text[nameEnd - 1])) nameEnd--;
    // A Python or JS dict's `'password': 'x'`: the key is the name inside its quotes.
    const keyQuote = isColon && nameEnd > last && text[nameEnd - 1] === "'" ? 1 : 0;
    let start = nameStart(text, nameEnd - keyQuote, last);
    const name = withoutBreaks(safeDecode(text.slice(start, nameEnd - keyQuote)));
    let valueStart = sep + 1;
    while (isBlank(text[valueStart])) valueStart++;
    const joined = isColon ? null : joinedName(text, start, nameEnd, last);
    const secret =
      isSecret(name, isColon, text, start) ||
      (joined !== null && isSecret(joined.name, isColon, text, joined.start));
    if (joined !== null) start = joined.start;
    const param = !isColon && isParamPosition(text, start);
    const unquotedValueEnd = param
      ? paramValueEnd
      : !isColon && text[start - 1] === ';'
        ? pathParamValueEnd
        : valueEnd;
    if (secret) {
      valueStart = valueOnNextLine(text, valueStart);
      // `Authorization: Bearer x`: the scheme word stays, what follows it is the secret.
      const scheme = isColon ? authScheme(name, text.slice(valueStart, valueStart + 64)) : null;
      if (scheme !== null) {
        valueStart += scheme.length;
        while (isBlank(text[valueStart])) valueStart++;
      }
      let end = -1;
      if (text.startsWith(REDACTED, valueStart)) {
        end = valueStart; // already redacted
      } else if (
        text[valueStart] === '"' ||
        (text[valueStart] === "'" && (!param || singleQuoted(text, valueStart)))
      ) {
        // Quoted, spaces and all, a parameter's value too (`password='two words'`): few URL
        // values start with `'`, and a URL alone is read by redactUrl.
        const close = quotedValueEnd(text, valueStart);
        if (close < 0) {
          // Unclosed on its line (cut short): the value, quote and all, runs to the line's end.
          end = lineEnd(text, valueStart);
          if (end > valueStart + 1) {
            out += text.slice(last, valueStart) + REDACTED;
            last = end;
          }
        } else {
          if (close > valueStart + 1 && !text.startsWith(REDACTED, valueStart + 1)) {
            // A parameter's quotes go with its value, as a form body's do.
            out += text.slice(last, param ? valueStart : valueStart + 1) + REDACTED;
            last = param ? close + 1 : close;
          }
          end = close;
        }
      } else {
        end =
          isColon && takesAuthScheme(name)
            ? credentialsEnd(text, valueStart)
            : unquotedValueEnd(valueStart);
        let after = end;
        while (isBlank(text[after])) after++;
        // `token: Bearer [REDACTED]`: the scheme word redactTokens kept before a credential.
        const keptScheme =
          isColon &&
          after > end &&
          text.startsWith(REDACTED, after) &&
          KEPT_SCHEMES.has(text.slice(valueStart, end).toLowerCase());
        if (end > valueStart && !keptScheme) {
          out += text.slice(last, valueStart) + REDACTED;
          last = end;
        }
      }
      next = Math.max(end, sep + 1);
    } else if (nested !== null && !isColon && valueStart === sep + 1) {
      const end = unquotedValueEnd(valueStart);
      if (percent !== -1 && percent < valueStart) percent = text.indexOf('%', valueStart);
      // A raw value is searched on from here (`redirect=https://h/?password=x`); an encoded
      // one is decoded and judged whole.
      if (percent >= 0 && percent < end) {
        const value = text.slice(valueStart, end);
        const decoded = safeDecode(value);
        // A value that does not decode (`hunter2%zz`) is raw, and searched on like one.
        if (decoded !== value) {
          const redacted = nested(decoded);
          if (redacted !== decoded) {
            out += text.slice(last, valueStart) + encodeURIComponent(redacted);
            last = end;
          }
          next = Math.max(end, sep + 1);
        }
      }
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
