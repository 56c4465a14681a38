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
const ANY_PART = new RegExp(SECRET_NAME_PARTS.join('|'), 'i');
// Longer names are judged by their secret words only: splitting them into parts is not needed.
const MAX_PARTS_NAME = 256;

/** `X-Client-Cert` → x, client, cert; `userPin` → user, pin; `OTPCode` → otp, code. */
function hasSecretPart(name: string): boolean {
  // Most names hold no part at all: one search spares them the split.
  if (name.length > MAX_PARTS_NAME || !ANY_PART.test(name)) return false;
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

/** Whether a header's value is an auth-scheme word and credentials (Authorization). */
export function takesAuthScheme(name: string): boolean {
  return WITH_SCHEME.has(name.trim().toLowerCase());
}

// The auth-scheme words kept before redacted credentials: the IANA registry's, and those of
// well-known services. Any other first word (`sk_live_X more`, `AIzaSy… text`) may be the
// credential itself and is hidden with the rest; hiding an unknown scheme word costs nothing.
const KNOWN_SCHEMES = new Set(
  [
    'Basic',
    'Bearer',
    'Concealed',
    'Digest',
    'DPoP',
    'GNAP',
    'HOBA',
    'Mutual',
    'Negotiate',
    'NTLM',
    'OAuth',
    'PrivateToken',
    'SCRAM-SHA-1',
    'SCRAM-SHA-256',
    'vapid',
    'Token',
    'Hawk',
    'ApiKey',
    'Api-Key',
    'Key',
    'SSWS',
    'SharedKey',
    'SharedKeyLite',
    'GoogleLogin',
    'Splunk',
    'MAC',
    'Signature',
    'JWT',
    'Kerberos',
    'AWS',
    'HMAC-SHA1',
    'HMAC-SHA256',
    'HMAC-SHA512',
    'AWS4-HMAC-SHA256',
    'AWS4-ECDSA-P256-SHA256',
    'GOOG4-RSA-SHA256',
    'GOOG4-HMAC-SHA256',
    'SAPISIDHASH',
  ].map((scheme) => scheme.toLowerCase()),
);
// A word, then spaces or tabs (a line break ends the value), then the credentials.
const SCHEME_AND_CREDENTIALS = /^\s*([A-Za-z][A-Za-z0-9-]{0,39})[ \t]+\S/;

/**
 * The auth-scheme word (`Bearer`, `Basic`, `HMAC-SHA256`) of an Authorization or
 * Proxy-Authorization value, which is safe to show; `null` for other headers or no scheme.
 */
export function authScheme(name: string, value: string): string | null {
  if (!takesAuthScheme(name)) return null;
  const scheme = SCHEME_AND_CREDENTIALS.exec(value)?.[1];
  return scheme !== undefined && KNOWN_SCHEMES.has(scheme.toLowerCase()) ? scheme : null;
}
