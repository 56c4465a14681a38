import type { Header } from '../types';

/** What a masked secret looks like; the scheme word of an Authorization value is kept. */
export const MASK = '••••••';
const SHORT_MASK = '••••';

const ALWAYS_SECRET = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const SECRET_WORDS = /token|key|secret|password|signature|session/i;
const WITH_SCHEME = new Set(['authorization', 'proxy-authorization']);
// RFC 9110 auth-scheme is a token; requiring letters first keeps a bare secret from passing as one.
const SCHEME_AND_CREDENTIALS = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s+\S/;

/** Whether a header may carry a credential, judged by its name alone. */
export function isSensitiveHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return ALWAYS_SECRET.has(lower) || SECRET_WORDS.test(lower);
}

function maskValue(name: string, value: string): string {
  if (value.trim() === '') return value;
  if (WITH_SCHEME.has(name.trim().toLowerCase())) {
    const scheme = SCHEME_AND_CREDENTIALS.exec(value)?.[1];
    if (scheme !== undefined) return `${scheme} ${SHORT_MASK}`;
  }
  return MASK;
}

/**
 * Headers as they may be shown on screen: credentials replaced, everything else as sent.
 * Pure: the panel shows the result, the captured exchange is left untouched.
 */
export function maskHeaders(headers: readonly Header[]): Header[] {
  return headers.map((h) =>
    isSensitiveHeader(h.name) ? { name: h.name, value: maskValue(h.name, h.value) } : h,
  );
}
