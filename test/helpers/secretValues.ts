import fc from 'fast-check';

/**
 * Secret values for the secrets property test, drawn from the alphabets real credentials use:
 * base64url (API keys, JWT parts), base64 (Basic credentials), hex (session ids, signatures),
 * prefixed keys (`sk_live_…`, `ghp_…`), and passwords with symbols. Each is long and random
 * enough that, if any part of it (see `leakWindows`) shows in an output, it leaked from there.
 */

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const ALNUM = LOWER + UPPER + DIGITS;
const B64URL = `${ALNUM}-_`;
const B64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';
// RFC 6750 b64token, what follows `Bearer`.
const B64TOKEN = `${ALNUM}-._~+/`;
// Printable ASCII but space: what a user may choose as a password.
const PASSWORD = `${ALNUM}!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`;
// A password that a sentence can carry without ending it (no quotes, brackets or separators).
const TEXT_PASSWORD = `${ALNUM}!@$^*_-.~+=/?|:`;

const chars = (alphabet: string) => fc.constantFrom(...alphabet.split(''));

/** Mixed letters and digits: a value no word of the surrounding output can spell by chance. */
const distinctive = (s: string) => /[A-Za-z]/.test(s) && /[0-9]/.test(s);

/**
 * The text the CLI prints for a tab, line feed or carriage return (`\x0a`): a password holding
 * it literally reads, once the test undoes those escapes, as a password without it, so the test
 * could no longer see it placed (a run failed on `a\X0aaaaaaaaaaaa`).
 */
export const CONTROL_ESCAPE = /\\x0[9ad]/i;

function from(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: chars(alphabet), minLength, maxLength })
    .filter((s) => distinctive(s) && !CONTROL_ESCAPE.test(s));
}

export const b64url = (min = 20, max = 48) => from(B64URL, min, max);
export const hex = from(HEX, 32, 64);
export const base64 = from(B64, 16, 40).map((s) => s + '='.repeat((4 - (s.length % 4)) % 4));

/** Vendor keys with their well-known prefixes. */
export const prefixedKey = fc
  .tuple(
    fc.constantFrom('sk_live_', 'pk_test_', 'ghp_', 'glpat-', 'xoxb-', 'AKIA', 'AIza', ''),
    from(ALNUM, 16, 40),
  )
  .map(([prefix, body]) => prefix + body);

/** What follows `Bearer`: an opaque token, sometimes with base64 padding. */
export const bearerToken = fc
  .tuple(from(B64TOKEN, 20, 60), fc.constantFrom('', '=', '=='))
  .map(([t, pad]) => t + pad);

/** A JWT: `eyJ` header, payload and signature in base64url, `-` and `_` included. */
export const jwt = fc
  .tuple(
    fc.constantFrom('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ'),
    b64url(20, 80),
    b64url(20, 86),
  )
  .map(([header, payload, signature]) => `${header}.eyJ${payload}.${signature}`);

/** Any opaque credential that free text can carry. */
export const token = fc.oneof(b64url(), hex, prefixedKey, jwt);

export const password = from(PASSWORD, 12, 28);
export const textPassword = from(TEXT_PASSWORD, 12, 28);

/** Any secret value, for fields that carry text of any shape (JSON, form, multipart). */
export const anySecret = fc.oneof(token, base64, password);

/**
 * What shows a leak of `secret`: the whole value, its first and last WINDOW characters (a tail
 * left by a narrow match: `[REDACTED]_adQssw5c`), and windows every WINDOW characters, so that
 * any leaked run of 2 × WINDOW - 1 characters holds one of them.
 */
export const WINDOW = 8;

export function leakWindows(secret: string): string[] {
  const out = new Set<string>([secret]);
  const add = (w: string) => {
    // Digits alone could be part of a time or a port, and a window of few distinct characters
    // (`aaaaaaaa`, what shrinking leaves) could be part of anything.
    if (w.length === WINDOW && !/^[0-9]+$/.test(w) && new Set(w).size >= 4) out.add(w);
  };
  add(secret.slice(-WINDOW));
  for (let i = 0; i + WINDOW <= secret.length; i += WINDOW) add(secret.slice(i, i + WINDOW));
  return [...out];
}
