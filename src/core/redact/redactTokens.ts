import { REDACTED } from './placeholder';

// ---------------------------------------------------------------------------------------------
// Credentials recognised by their shape: `Bearer …`, `Basic …`, JWTs.

// Words that follow "Bearer" in prose ("Не передан Bearer token."); no token is spelled so.
const PROSE_AFTER_BEARER = new Set([
  'token',
  'tokens',
  'auth',
  'authentication',
  'authorization',
  'header',
  'scheme',
  'realm',
  'scope',
  'required',
  'missing',
  'invalid',
  'expected',
  'credentials',
  'error',
  'is',
  'was',
  'must',
  'not',
  'or',
  'and',
  'the',
  'a',
  'an',
]);

const BEARER = /\b(Bearer)(\s+)([A-Za-z0-9._~+/-]+=*)/gi;
const BASIC = /\b(Basic)(\s+)([A-Za-z0-9+/]{8,}=*)/gi;
const RUN = /[A-Za-z0-9_.-]{10,}/g;

/** Replaces the JWTs inside one run of `[A-Za-z0-9_.-]` characters. */
function redactJwtRun(run: string): string {
  if (!run.includes('eyJ')) return run;
  const parts = run.split('.');
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] ?? '';
    const at = part.indexOf('eyJ');
    const payload = parts[k + 1];
    if (at >= 0 && part.length > at + 3 && payload && k + 2 < parts.length) {
      out.push(`${part.slice(0, at)}${REDACTED}`);
      k += 2; // header, payload and signature (which may be empty) are one token
    } else {
      out.push(part);
    }
  }
  return out.join('.');
}

// Not `/[.=]+$/`: unanchored at its start, it rescans a long run of dots from every position
// of it, quadratic in the run ("Bearer ....a" of 30,000 dots took 15 s).
function withoutTrailingDotsOrEquals(token: string): string {
  let end = token.length;
  while (end > 0 && (token[end - 1] === '.' || token[end - 1] === '=')) end--;
  return token.slice(0, end);
}

export function redactTokens(text: string): string {
  let out = text;
  if (/bearer/i.test(out)) {
    out = out.replace(BEARER, (whole, word: string, space: string, token: string) =>
      PROSE_AFTER_BEARER.has(withoutTrailingDotsOrEquals(token).toLowerCase())
        ? whole
        : `${word}${space}${REDACTED}`,
    );
  }
  if (/basic/i.test(out)) {
    out = out.replace(BASIC, (whole, word: string, space: string, token: string) =>
      /[A-Z0-9+/=]/.test(token.slice(1)) ? `${word}${space}${REDACTED}` : whole,
    );
  }
  if (out.includes('eyJ')) out = out.replace(RUN, redactJwtRun);
  return out;
}
