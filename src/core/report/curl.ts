import { redactBodyText, redactHeaders, redactUrl } from '../redact/redact';
import { hasControl, isControlCode } from '../text/controlChars';
import type { Header } from '../types';

/** What a cURL command needs: the request as the browser sent it. */
export interface CurlInput {
  readonly url: string;
  readonly method: string;
  readonly requestHeaders: readonly Header[];
  /** The request body as sent; `null` or absent when there was none. */
  readonly requestBody?: string | null;
}

const PLAIN_WORD = /^[A-Za-z0-9_./][A-Za-z0-9_@%+=:,./-]*$/;

/** `$'…'` (bash, zsh, ksh, POSIX 2024 sh): control characters spelled `\xNN`, never raw. */
function ansiCQuote(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (isControlCode(code)) {
      out += `\\x${code.toString(16).padStart(2, '0')}`;
    } else out += ch;
  }
  return `$'${out}'`;
}

/**
 * One shell word: as it is when plainly safe (letters, digits and `_@%+=:,./-`, not starting
 * with `-` or `=`); `$'…'` when it holds control characters; else single-quoted, `'` as `'\''`.
 */
export function shellQuote(word: string): string {
  if (PLAIN_WORD.test(word)) return word;
  // Pasted raw, control characters would drive the terminal they land in.
  if (hasControl(word)) return ansiCQuote(word);
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// curl computes these itself, or (HTTP/2 pseudo-headers) they are not headers at all.
const SKIPPED = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

/**
 * The request as a cURL command for a POSIX shell, one option per line and the URL last after
 * `--`, with every secret of the URL, headers and body replaced by `[REDACTED]` (see redact.ts).
 * A sent Accept-Encoding becomes `--compressed`, so the answer prints as text.
 */
export function toCurl(input: CurlInput): string {
  const url = redactUrl(input.url);
  const method = (input.method || 'GET').toUpperCase();
  const parts: string[] = ['curl'];
  if (method === 'HEAD') parts.push('--head');
  else if (method !== 'GET') parts.push(`-X ${shellQuote(method)}`);
  const headers = redactHeaders(input.requestHeaders);
  let compressed = false;
  for (const h of headers) {
    const name = h.name.trim();
    const lower = name.toLowerCase();
    if (lower === 'accept-encoding') compressed = true;
    if (name === '' || name.startsWith(':') || SKIPPED.has(lower)) continue;
    // `-H 'Name:'` would remove the header; `-H 'Name;'` is curl's way to send it empty.
    parts.push(`-H ${shellQuote(h.value === '' ? `${name};` : `${name}: ${h.value}`)}`);
  }
  if (compressed) parts.push('--compressed');
  const body = input.requestBody;
  if (body !== null && body !== undefined && body !== '') {
    parts.push(`--data-raw ${shellQuote(redactBodyText(body))}`);
  }
  // `[` and `{` are curl's URL globbing; a placeholder or an IPv6 host must be taken literally.
  if (/[[\]{}]/.test(url)) parts.push('--globoff');
  // Last, after `--`: a URL starting with `-` is then never read as an option.
  parts.push(`-- ${shellQuote(url)}`);
  return parts.join(' \\\n  ');
}
