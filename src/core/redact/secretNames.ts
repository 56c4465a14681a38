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
  'passphrase',
  'passcode',
  'signature',
  'session',
  'credential', // credentials, X-Amz-Credential, X-Credentials
  'jwt', // __clerk_db_jwt, jwt_assertion
  // Authorization, Proxy-Authorization, X-Authentication; Cookie, Set-Cookie.
  'authorization',
  'authentication',
  'cookie',
];

/**
 * Short words that would match too much inside other words ("author", "design", "bypass",
 * "spin"): secret only as a whole word of the name, split at non-letters and camelCase humps:
 * `auth`, `X-Auth`, Azure's `sig`, `user_pwd`, `X-Pass`, `pin`, `X-OTP`, Firestore's and
 * Sentry's `sid`, `X-Client-Cert`.
 */
export const SECRET_NAME_PARTS: readonly string[] = [
  'auth',
  'sig',
  'pwd',
  'pass',
  'pin',
  'otp',
  'totp',
  'sid',
  'cert',
];

/** Names that hold a secret word but never a secret: a CORS flag whose value is `true`. */
const NOT_SECRET = new Set(['access-control-allow-credentials']);

const SECRET_WORD = new RegExp(SECRET_NAME_WORDS.join('|'), 'i');
const PARTS = new Set(SECRET_NAME_PARTS);
// Longer names are judged by their secret words only: splitting them into parts is not needed.
const MAX_PARTS_NAME = 256;

/** `X-Client-Cert` → x, client, cert; `userPin` → user, pin; `OTPCode` → otp, code. */
function hasSecretPart(name: string): boolean {
  if (name.length > MAX_PARTS_NAME) return false;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);
  return words.some((w) => PARTS.has(w));
}

/** Whether a header, query parameter, form field or JSON key may carry a credential. */
export function isSecretName(name: string): boolean {
  const trimmed = name.trim();
  if (NOT_SECRET.has(trimmed.toLowerCase())) return false;
  return SECRET_WORD.test(trimmed) || hasSecretPart(trimmed);
}

/** Whether a header may carry a credential, judged by its name alone. */
export function isSecretHeader(name: string): boolean {
  return isSecretName(name);
}

/**
 * Names secret only as URL query or form parameters: OAuth's authorization `code` (RFC 6749
 * 4.1.2), which is one-use but exchanged for tokens. A JSON `"code"` is an error code.
 */
const SECRET_PARAMS = new Set(['code']);

/** Whether a query, fragment or form parameter may carry a credential. */
export function isSecretParam(name: string): boolean {
  return isSecretName(name) || SECRET_PARAMS.has(name.trim().toLowerCase());
}

const WITH_SCHEME = new Set(['authorization', 'proxy-authorization']);
// RFC 9110 auth-scheme is a token; real schemes are words (`Bearer`, `HMAC-SHA256`, `AWS4-HMAC-
// SHA256`): letters first, no `_` or `.`, so a bare key (`sk_live_X more`) never passes as one.
const SCHEME_AND_CREDENTIALS = /^\s*([A-Za-z][A-Za-z0-9-]{0,39})\s+\S/;

/**
 * The auth-scheme word (`Bearer`, `Basic`, `HMAC-SHA256`) of an Authorization or
 * Proxy-Authorization value, which is safe to show; `null` for other headers or no scheme.
 */
export function authScheme(name: string, value: string): string | null {
  if (!WITH_SCHEME.has(name.trim().toLowerCase())) return null;
  return SCHEME_AND_CREDENTIALS.exec(value)?.[1] ?? null;
}
