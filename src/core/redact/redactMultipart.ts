import { REDACTED } from './placeholder';
import { isSecretParam } from './secretNames';

// ---------------------------------------------------------------------------------------------
// multipart/form-data bodies (`fetch(url, {body: new FormData(form)})`, RFC 7578): a part whose
// `name` is a secret loses its content, like a form field of that name.

const DISPOSITION = 'content-disposition:';
const PART_NAME = /;\s*name\s*=\s*(?:"([^"\r\n]*)"|([^;\s"]+))/i;
// Part headers are a few short lines; the delimiter line is looked for this far back.
const MAX_HEADER_LINES = 16;
const MAX_LOOKBACK = 4096;

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** The `--boundary` line opening the part whose headers start near `at`, or null. */
function delimiterBefore(text: string, at: number): string | null {
  const from = Math.max(0, at - MAX_LOOKBACK);
  const window = text.slice(from, at);
  const nl = window.lastIndexOf('\n--');
  const start = nl >= 0 ? from + nl + 1 : from === 0 && text.startsWith('--') ? 0 : -1;
  if (start < 0) return null;
  const line = text.slice(start, lineEnd(text, start)).replace(/\r$/, '');
  return line.length > 2 ? line : null;
}

/** Where the content of a part starts: after the empty line that ends its headers. */
function contentStart(text: string, headerLineEnd: number): number {
  let at = headerLineEnd;
  for (let n = 0; n < MAX_HEADER_LINES && at < text.length; n++) {
    const start = at + 1;
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    if (line === '' || line === '\r') return Math.min(end + 1, text.length);
    at = end;
  }
  return -1;
}

export function redactMultipart(text: string): string {
  const lower = text.toLowerCase();
  let at = lower.indexOf(DISPOSITION);
  if (at < 0) return text;
  let out = '';
  let last = 0;
  while (at >= 0) {
    let next = at + DISPOSITION.length;
    const headerEnd = lineEnd(text, at);
    const atLineStart = at === 0 || text[at - 1] === '\n';
    const name = atLineStart ? PART_NAME.exec(text.slice(at, headerEnd)) : null;
    const start = name === null ? -1 : contentStart(text, headerEnd);
    if (name !== null && start >= 0) {
      const delimiter = delimiterBefore(text, at);
      const found = delimiter === null ? -1 : text.indexOf(`\n${delimiter}`, start);
      // No closing delimiter: the body was cut, and this part runs to its end.
      let end = found < 0 ? text.length : found;
      if (end > start && text[end - 1] === '\r') end--;
      if (
        isSecretParam(name[1] ?? name[2] ?? '') &&
        end > start &&
        !text.startsWith(REDACTED, start)
      ) {
        out += text.slice(last, start) + REDACTED;
        last = end;
      }
      if (found < 0) break;
      next = Math.max(next, end);
    }
    at = lower.indexOf(DISPOSITION, next);
  }
  return last === 0 ? text : out + text.slice(last);
}
