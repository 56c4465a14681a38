import type { EnvelopeError } from '../../formats/format';
import { isObject, own, type JsonObject } from '../../json/guards';
import type { Behaviour } from './behaviour';

// Firebase Auth's codes: "INVALID_LOGIN_CREDENTIALS", "WEAK_PASSWORD : Password should be…".
const CONSTANT = /^([A-Z][A-Z0-9_]{1,62}[A-Z0-9])(?:\s*:\s*.*)?$/s;

/** The code of Google's older error `{"error": {"code", "message", "errors": [{reason}]}}`. */
function legacyCode(error: JsonObject): { code: string; at: string } | null {
  const message = own(error, 'message');
  const constant = typeof message === 'string' ? CONSTANT.exec(message) : null;
  if (constant?.[1] !== undefined) return { code: constant[1], at: '/error/message' };
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
    const fixed: EnvelopeError = {
      ...first,
      code: found.code,
      pointers: { ...first.pointers, code: found.at },
    };
    return { ...envelope, errors: [fixed, ...envelope.errors.slice(1)] };
  },
};
