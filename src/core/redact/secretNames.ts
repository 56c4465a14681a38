/**
 * The one redaction policy: which names (of headers, query parameters, form fields and JSON keys)
 * carry a credential. The panel's header masking and the support report / cURL / HAR export
 * redaction all ask these functions, so a name hidden in one place is hidden everywhere.
 */

/** Words that mark a name as secret wherever they appear in it, whatever the case. */
export const SECRET_NAME_WORDS: readonly string[] = [
  'token',
  'key',
  'secret',
  'password',
  'passwd',
  'signature',
  'session',
  // Authorization, Proxy-Authorization; Cookie, Set-Cookie.
  'authorization',
  'cookie',
];

const SECRET_WORD = new RegExp(SECRET_NAME_WORDS.join('|'), 'i');
// Short secret names that would match too much inside other words ("author", "design"): only
// as a whole word of the name, e.g. `auth`, `X-Auth`, Azure's `sig`, `user_pwd`.
const SECRET_PART = /(?:^|[^a-z])(?:auth|sig|pwd)(?:[^a-z]|$)/i;

/** Whether a header, query parameter, form field or JSON key may carry a credential. */
export function isSecretName(name: string): boolean {
  const trimmed = name.trim();
  return SECRET_WORD.test(trimmed) || SECRET_PART.test(trimmed);
}

/** Whether a header may carry a credential, judged by its name alone. */
export function isSecretHeader(name: string): boolean {
  return isSecretName(name);
}

const WITH_SCHEME = new Set(['authorization', 'proxy-authorization']);
// RFC 9110 auth-scheme is a token; requiring letters first keeps a bare secret from passing as one.
const SCHEME_AND_CREDENTIALS = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s+\S/;

/**
 * The auth-scheme word (`Bearer`, `Basic`, `HMAC-SHA256`) of an Authorization or
 * Proxy-Authorization value, which is safe to show; `null` for other headers or no scheme.
 */
export function authScheme(name: string, value: string): string | null {
  if (!WITH_SCHEME.has(name.trim().toLowerCase())) return null;
  return SCHEME_AND_CREDENTIALS.exec(value)?.[1] ?? null;
}
