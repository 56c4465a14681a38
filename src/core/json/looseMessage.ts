import { isObject, own } from './guards';

// The fields an unrecognized body may explain itself in, in the order they usually speak.
// Rails puts the cause in `exception`; OAuth 2.0 (RFC 6749 §5.2) in `error_description`.
const MESSAGE_KEYS = [
  'message',
  'error',
  'detail',
  'title',
  'exception',
  'error_description',
  'errorMessage',
];

// RFC 9110 §15 reason phrases, and the older ones servers still send ("Unprocessable Entity").
const REASON_PHRASES = new Set([
  'bad request',
  'unauthorized',
  'payment required',
  'forbidden',
  'not found',
  'method not allowed',
  'not acceptable',
  'proxy authentication required',
  'request timeout',
  'conflict',
  'gone',
  'length required',
  'precondition failed',
  'content too large',
  'payload too large',
  'request entity too large',
  'uri too long',
  'unsupported media type',
  'range not satisfiable',
  'expectation failed',
  'misdirected request',
  'unprocessable content',
  'unprocessable entity',
  'locked',
  'failed dependency',
  'too early',
  'upgrade required',
  'precondition required',
  'too many requests',
  'request header fields too large',
  'unavailable for legal reasons',
  'internal server error',
  'not implemented',
  'bad gateway',
  'service unavailable',
  'gateway timeout',
  'http version not supported',
  'insufficient storage',
]);

const MAX_CHARS = 2000;

/** A text that only repeats an HTTP reason phrase says nothing the status does not. */
function isReasonPhrase(text: string): boolean {
  return text.length <= 40 && REASON_PHRASES.has(text.trim().toLowerCase());
}

/**
 * A loose "message" from a JSON body no format recognized, for the reader's benefit only: the
 * first message-like string field that says more than the HTTP reason phrase (a Rails error's
 * `exception`, not its `error: "Bad Request"`), else the first such field at all.
 */
export function looseMessage(body: unknown): string | null {
  if (!isObject(body)) return null;
  let phraseOnly: string | null = null;
  for (const key of MESSAGE_KEYS) {
    const value = own(body, key);
    if (typeof value !== 'string') continue;
    if (!isReasonPhrase(value)) return value.slice(0, MAX_CHARS);
    phraseOnly ??= value.slice(0, MAX_CHARS);
  }
  return phraseOnly;
}
