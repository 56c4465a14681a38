import { REDACTED } from './placeholder';

// ---------------------------------------------------------------------------------------------
// URLs as a WHATWG URL parser reads them, not as they look: `https:\\u:pw@h`, `https:/u:pw@h`
// and `https:u:pw@h` all carry the password `pw`, and tabs or line breaks inside are dropped.

/** Schemes whose URLs take `\` for `/` and any number of slashes before the host. */
const SPECIAL = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The text without outer C0 controls or spaces, which a URL parser drops first. */
export function trimUrl(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  return url.slice(start, end);
}

/** What a URL parser reads: the text without outer C0/space, tab, CR or LF inside. */
export function parserInput(url: string): string {
  const trimmed = trimUrl(url);
  return /[\t\n\r]/.test(trimmed) ? withoutBreaks(trimmed) : trimmed;
}

/** A name or text without the tabs and line breaks a URL parser drops. */
export function withoutBreaks(text: string): string {
  return text.replace(/[\t\n\r]/g, '');
}

/** Whether a scheme (without its colon) takes backslashes and bare hosts. */
export function isSpecialScheme(scheme: string): boolean {
  return SPECIAL.has(scheme.toLowerCase());
}

function isSlash(c: string | undefined, special: boolean): boolean {
  return c === '/' || (special && c === '\\');
}

/**
 * Where the authority (`user:pw@host:port`) of the URL starting at `from` lies, given its scheme
 * ends (colon included) at `afterScheme`; null when the URL has none. The authority ends at a
 * slash, `?`, or a character in `stops`; `#` does not end it here, so that `u:p#w@h` (which a
 * parser rejects, but a HAR may hold) is read with its `@`.
 */
export function authorityAt(
  text: string,
  afterScheme: number,
  special: boolean,
  stops: (c: string) => boolean,
): { start: number; end: number } | null {
  let start = afterScheme;
  if (special) {
    while (isSlash(text[start], true)) start++;
  } else if (text.startsWith('//', start)) {
    start += 2;
  } else {
    return null;
  }
  let end = start;
  while (end < text.length) {
    const c = text[end] ?? '';
    if (isSlash(c, special) || c === '?' || stops(c)) break;
    end++;
  }
  return { start, end };
}

/** `u:pw@host` → `u:[REDACTED]@host`; `token@host` → `[REDACTED]@host`; else as it was. */
export function redactAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  if (at <= 0) return authority;
  const userinfo = authority.slice(0, at);
  if (userinfo === REDACTED || userinfo.endsWith(`:${REDACTED}`)) return authority;
  const colon = userinfo.indexOf(':');
  const user = colon < 0 ? REDACTED : `${userinfo.slice(0, colon)}:${REDACTED}`;
  return `${user}${authority.slice(at)}`;
}

/** A whole URL's head, authority (redacted) and the rest (path, query, fragment). */
export function splitUrl(url: string): { head: string; rest: string; special: boolean } {
  const scheme = SCHEME.exec(url);
  if (scheme === null) return { head: '', rest: url, special: false };
  const special = isSpecialScheme(scheme[0].slice(0, -1));
  const authority = authorityAt(url, scheme[0].length, special, () => false);
  if (authority === null) return { head: scheme[0], rest: url.slice(scheme[0].length), special };
  // A `#` after the user-info ends the host: what follows is the fragment (`https://h#token=…`).
  const raw = url.slice(authority.start, authority.end);
  const hash = raw.indexOf('#', raw.lastIndexOf('@') + 1);
  const end = hash < 0 ? authority.end : authority.start + hash;
  const head = url.slice(0, authority.start) + redactAuthority(url.slice(authority.start, end));
  return { head, rest: url.slice(end), special };
}

// In free text a URL's authority also ends where the text around it resumes. Not at `'`:
// encodeURIComponent leaves it as it is, so a password may hold one (`u:it's@h`).
const TEXT_STOPS = new Set(' \t\r\n"<>`\\'.split(''));
const isTextStop = (c: string) => TEXT_STOPS.has(c);
const MAX_SCHEME = 32;

function isSchemeChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2b ||
    c === 0x2e ||
    c === 0x2d
  );
}

/**
 * User-info passwords of URLs anywhere in a text (a Location header, `{"callback": "https://u:
 * pw@h/"}`, a database URL in an error message), JSON-escaped slashes (`https:\/\/`) included.
 * Special schemes need no slashes (`https:u:pw@h` is read with a password); others need `//`.
 */
export function redactUserinfoInText(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let last = 0;
  let colon = text.indexOf(':');
  while (colon >= 0) {
    let next = colon + 1;
    let s = colon;
    while (s > 0 && colon - s < MAX_SCHEME && isSchemeChar(text.charCodeAt(s - 1))) s--;
    // A scheme starts with a letter; skip digits or signs glued before it ("1https:" is no URL).
    while (s < colon && !/[A-Za-z]/.test(text[s] ?? '')) s++;
    if (s < colon && s >= last) {
      const special = isSpecialScheme(text.slice(s, colon));
      // JSON escapes a slash as `\/`: count that as a slash after the scheme too.
      const a = authorityAt(text, colon + 1, special, isTextStop);
      if (a !== null) {
        const authority = text.slice(a.start, a.end);
        const redacted = redactAuthority(authority);
        if (redacted !== authority) {
          out += text.slice(last, a.start) + redacted;
          last = a.end;
        }
        next = Math.max(next, a.end);
      }
    }
    colon = text.indexOf(':', next);
  }
  return last === 0 ? text : out + text.slice(last);
}
