import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../formats/format';
import { googleLegacyCode } from './googleLegacyCode';
import { propertyRuns } from '../../../../test/helpers/propertyRuns';

// The definition of a Firebase-style constant message, which a character loop reads first.
const CONSTANT = /^([A-Z][A-Z0-9_]{1,62}[A-Z0-9])(?:\s*:\s*.*)?$/s;

function codeOf(message: string): string | number | null {
  const envelope: Envelope = {
    errors: [{ code: null, message, details: null, fieldErrors: [], pointers: {} }],
    requestId: null,
  };
  const out = googleLegacyCode.finish?.({ error: { code: 400, message } }, envelope);
  return out?.errors[0]?.code ?? null;
}

describe('google-legacy-code', () => {
  it('takes the message as the code exactly when the constant regex does', () => {
    for (const message of [
      'INVALID_LOGIN_CREDENTIALS',
      'AB',
      'AB_',
      '_AB',
      'A'.repeat(65),
      'X : y',
    ])
      expect(codeOf(message)).toBe(CONSTANT.exec(message)?.[1] ?? null);
    const text = fc
      .array(fc.constantFrom('A', 'Z', '0', '_', ':', ' ', '\n', 'a', 'É'), { maxLength: 70 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (message) => {
        expect(codeOf(message)).toBe(CONSTANT.exec(message)?.[1] ?? null);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
