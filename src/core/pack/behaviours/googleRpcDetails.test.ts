import { describe, expect, it } from 'vitest';
import type { Envelope, EnvelopeError } from '../../formats/format';
import type { FieldError, Text } from '../../types';
import { googleRpcDetails } from './googleRpcDetails';

const T = 'type.googleapis.com/google.rpc.';
const reason = { '@type': `${T}ErrorInfo`, reason: 'R' };
const badName = {
  '@type': `${T}BadRequest`,
  fieldViolations: [{ field: 'name', description: 'Required' }],
};
const before: Text = { en: 'Before', ru: 'До' };

function finish(
  errors: Partial<EnvelopeError>[],
  notes?: Text[],
): { out: Envelope | undefined; envelope: Envelope } {
  const envelope: Envelope = {
    errors: errors.map((e) => ({ code: 'E', message: null, details: null, fieldErrors: [], ...e })),
    requestId: null,
    ...(notes === undefined ? {} : { notes }),
  };
  return { out: googleRpcDetails.finish?.({}, envelope), envelope };
}

describe('google-rpc-details', () => {
  it('gives the envelope itself when no error has details', () => {
    const { out, envelope } = finish([{ details: null }, { details: 'x' }], [before]);
    expect(out).toBe(envelope);
  });

  it('adds detail notes after the envelope’s own, and sets none when there are none', () => {
    expect(finish([{ details: [reason] }], [before]).out?.notes).toEqual([
      before,
      { en: 'Reason: R', ru: 'Причина: R' },
    ]);
    expect(finish([{ details: [reason] }]).out?.notes).toEqual([
      { en: 'Reason: R', ru: 'Причина: R' },
    ]);
    expect(finish([{ details: [badName] }]).out).not.toHaveProperty('notes');
    expect(finish([{ details: [badName] }], []).out).not.toHaveProperty('notes');
    expect(finish([{ details: [badName] }], [before]).out?.notes).toEqual([before]);
  });

  it.each<[FieldError[], unknown[], FieldError[]]>([
    [[], [badName], [{ field: 'name', messages: ['Required'] }]],
    [[{ field: 'own', messages: ['x'] }], [reason], [{ field: 'own', messages: ['x'] }]],
    [
      [{ field: 'own', messages: ['x'] }],
      [badName],
      [
        { field: 'own', messages: ['x'] },
        { field: 'name', messages: ['Required'] },
      ],
    ],
  ])('joins the error’s field errors %j with those of details %j', (own, details, expected) => {
    expect(finish([{ fieldErrors: own, details }]).out?.errors[0]?.fieldErrors).toEqual(expected);
  });
});
