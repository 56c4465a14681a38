import type { EnvelopeError } from '../../formats/format';
import { isObject, own, type JsonObject } from '../../json/guards';
import { withErrors, type Behaviour } from './behaviour';

// Firebase Auth's codes: "INVALID_LOGIN_CREDENTIALS", "WEAK_PASSWORD : Password should be…".
const CONSTANT = /^([A-Z][A-Z0-9_]{1,62}[A-Z0-9])(?:\s*:\s*.*)?$/s;

const isCodeChar = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f; // A-Z 0-9 _

/**
 * The message's constant: a message that is only one (Firebase's usual) is read by a character
 * loop, as the regex cost ~0.2 µs a body (bench); any other message goes to the regex.
 */
function constantOf(message: string): string | null {
  let i = 0;
  while (i < message.length && isCodeChar(message.charCodeAt(i))) i++;
  if (i < message.length) return CONSTANT.exec(message)?.[1] ?? null;
  const first = message.charCodeAt(0);
  const whole =
    message.length >= 3 &&
    message.length <= 64 &&
    first >= 0x41 &&
    first <= 0x5a &&
    message.charCodeAt(message.length - 1) !== 0x5f;
  return whole ? message : null;
}

/** The code of Google's older error `{"error": {"code", "message", "errors": [{reason}]}}`. */
function legacyCode(error: JsonObject): { code: string; at: string } | null {
  const message = own(error, 'message');
  const constant = typeof message === 'string' ? constantOf(message) : null;
  if (constant !== null) return { code: constant, at: '/error/message' };
  const errors = own(error, 'errors');
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const reason = isObject(first) ? own(first, 'reason') : undefined;
  return typeof reason === 'string' && reason !== ''
    ? { code: reason, at: '/error/errors/0/reason' }
    : null;
}

/**
 * `google-legacy-code`: Google's older JSON error (Firebase Auth and many v1 APIs) has no
 * `status`; its code is the message when that is an UPPER_SNAKE constant, else the first
 * `errors[].reason`. Only an error that no pointer gave a code gets one here.
 */
export const googleLegacyCode: Behaviour = {
  finish(body, envelope) {
    const error = own(body, 'error');
    const first = envelope.errors[0];
    if (!isObject(error) || first === undefined || first.code !== null) return envelope;
    const found = legacyCode(error);
    if (found === null) return envelope;
    // Written out, not spread: the spreads cost ~0.5 µs a body (bench) and made objects that
    // every later read paid for.
    const fixed: EnvelopeError = {
      code: found.code,
      message: first.message,
      details: first.details,
      fieldErrors: first.fieldErrors,
      pointers: { ...first.pointers, code: found.at },
      retryDelaySeconds: first.retryDelaySeconds,
    };
    const errors = envelope.errors.slice();
    errors[0] = fixed;
    return withErrors(envelope, errors, envelope.requestId, envelope.notes);
  },
};
