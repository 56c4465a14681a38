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

function finish(body: unknown, code: string | null = null): Envelope {
  const envelope: Envelope = {
    errors: [{ code, message: 'm', details: null, fieldErrors: [], pointers: { message: '/x' } }],
    requestId: 'r1',
  };
  const out = googleLegacyCode.finish?.(body as never, envelope);
  if (out === undefined) throw new Error('no finish');
  return out;
}

describe('google-legacy-code edges', () => {
  it.each([
    ['ABC', 'ABC'],
    ['A'.repeat(64), 'A'.repeat(64)],
    ['A'.repeat(63) + '_', null],
    ['0AB', null],
    ['@AB', null],
    ['[AB', null],
    ['AZ9', 'AZ9'],
    ['A_B', 'A_B'],
  ])('reads the whole message %j as a constant only when the regex would', (message, code) => {
    expect(codeOf(message)).toBe(code);
    expect(CONSTANT.exec(message)?.[1] ?? null).toBe(code);
  });

  it.each([
    [{ error: { message: 7, errors: [{ reason: 'quotaExceeded' }] } }, 'quotaExceeded'],
    [{ error: { message: 'not a constant', errors: [{ reason: 'badRequest' }] } }, 'badRequest'],
    [{ error: { message: 'x', errors: [{ reason: '' }] } }, null],
    [{ error: { message: 'x', errors: [{ reason: 3 }] } }, null],
    [{ error: { message: 'x', errors: ['reason'] } }, null],
    [{ error: { message: 'x', errors: {} } }, null],
    [{ error: 'INVALID_ARGUMENT' }, null],
    [{ other: { message: 'INVALID_ARGUMENT' } }, null],
  ])('takes the first reason when the message is not a constant: %j', (body, code) => {
    const out = finish(body);
    expect(out.errors[0]?.code ?? null).toBe(code);
    if (code !== null) expect(out.errors[0]?.pointers?.code).toBe('/error/errors/0/reason');
  });

  it('keeps a code a pointer gave, and an envelope with no error', () => {
    const body = { error: { message: 'INVALID_ARGUMENT' } };
    expect(finish(body, 'FROM_POINTER').errors[0]?.code).toBe('FROM_POINTER');
    const empty: Envelope = { errors: [], requestId: null };
    expect(googleLegacyCode.finish?.(body, empty)).toBe(empty);
  });

  it('writes a new envelope and leaves the one it was given alone', () => {
    const envelope: Envelope = {
      errors: [
        { code: null, message: 'm', details: null, fieldErrors: [], pointers: { message: '/m' } },
      ],
      requestId: 'r1',
    };
    const out = googleLegacyCode.finish?.({ error: { message: 'PERMISSION_DENIED' } }, envelope);
    expect(out?.errors[0]).toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'm',
      pointers: { message: '/m', code: '/error/message' },
    });
    expect(out?.requestId).toBe('r1');
    expect(envelope.errors[0]?.code).toBeNull();
  });
});
