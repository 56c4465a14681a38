import { describe, expect, it } from 'vitest';
import type { Envelope, EnvelopeError } from '../formats/format';
import type { Behaviour } from './behaviours/index';
import { withErrors } from './behaviours/behaviour';
import type { EnvelopeSpec, RetryOverride } from './packTypes';
import { compileEnvelope } from './readEnvelope';
import { compileRetryOverrides } from './retryOverrides';

const base: EnvelopeSpec = { match: [{ path: '/error', exists: true }], code: '/error/code' };

function recognize(
  spec: Partial<EnvelopeSpec>,
  body: unknown,
  behaviours: Behaviour[] = [],
  overrides?: RetryOverride[],
): Envelope | null {
  return compileEnvelope({ ...base, ...spec }, behaviours, overrides)(body, undefined);
}

const first = (envelope: Envelope | null): EnvelopeError | undefined => envelope?.errors[0];

describe('compileEnvelope', () => {
  it.each<[EnvelopeSpec['details'], unknown, unknown]>([
    [undefined, { error: { info: 1 } }, null],
    ['/error/info', { error: { info: 1 } }, 1],
    ['/error/info', { error: {} }, null],
    [
      { fields: { a: { path: '/error/a' }, b: { path: '/error/b', type: 'string' } } },
      { error: { a: 0, b: 1 } },
      { a: 0, b: null },
    ],
    [
      { fields: { a: { path: '/error/a' }, b: { path: '/error/b', type: 'string' } } },
      { error: { b: 'x' } },
      { a: null, b: 'x' },
    ],
  ])('reads details %j of %j as %j', (details, body, expected) => {
    expect(first(recognize(details === undefined ? {} : { details }, body))?.details).toStrictEqual(
      expected,
    );
  });

  it('keeps a "__proto__" detail field a plain, writable own member', () => {
    // Parsed, as a pack is: an object literal's "__proto__" would set the prototype.
    const fields = JSON.parse('{"__proto__": {"path": "/error/p"}}') as Record<
      string,
      { path: string }
    >;
    const details = first(recognize({ details: { fields } }, { error: { p: 1 } }))
      ?.details as object;
    expect(Object.getOwnPropertyDescriptor(details, '__proto__')).toEqual({
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });

  it.each<[unknown, number | null]>([
    [{ error: {}, errors: [{ code: 'A' }, { code: 'B' }] }, 2],
    [{ error: {}, errors: [] }, null],
    [{ error: {}, errors: {} }, null],
    [{ error: {}, errors: 'x' }, null],
  ])('reads the errors list of %j: %s errors', (body, count) => {
    const envelope = recognize({ errors: '/errors', code: '/code' }, body);
    expect(envelope === null ? null : envelope.errors.length).toBe(count);
  });

  it('points each listed error into its item', () => {
    const envelope = recognize(
      { errors: { path: '/errors', each: [{ path: '/code', type: 'string' }] }, code: '/code' },
      { error: {}, errors: [{ code: 'A' }, { code: 'B' }] },
    );
    expect(envelope?.errors[1]?.pointers?.code).toBe('/errors/1/code');
    expect(
      recognize(
        { errors: { path: '/errors', each: [{ path: '/code', type: 'string' }] } },
        { error: {}, errors: [{ code: 'A' }, { code: 1 }] },
      ),
    ).toBeNull();
  });

  it('is not this format when a required code is missing', () => {
    const spec = { code: { from: '/error/code', required: true } };
    expect(recognize(spec, { error: {} })).toBeNull();
    expect(first(recognize(spec, { error: { code: 'E' } }))?.code).toBe('E');
    const listed = { errors: '/errors', code: { from: '/code', required: true } };
    expect(recognize(listed, { error: {}, errors: [{ code: 'A' }, {}] })).toBeNull();
    expect(recognize(listed, { error: {}, errors: [{ code: 'A' }] })?.errors).toHaveLength(1);
  });

  it('reads the request id from X-Request-Id unless the pack names a source', () => {
    const context = { headers: [{ name: 'X-Request-Id', value: 'h1' }] };
    const read = compileEnvelope(base, []);
    expect(read({ error: {} }, context)?.requestId).toBe('h1');
    expect(read({ error: {} }, undefined)?.requestId).toBeNull();
    const named = compileEnvelope({ ...base, requestId: '/rid' }, []);
    const envelope = named({ error: { code: 'E' }, rid: 'b1' }, context);
    expect(envelope?.requestId).toBe('b1');
    expect(first(envelope)?.pointers?.requestId).toBe('/rid');
    expect(first(named({ error: {} }, undefined))?.pointers).not.toHaveProperty('requestId');
  });

  it('reads field errors only when the pack says where', () => {
    const body = { error: {}, fields: { name: ['required'] } };
    expect(first(recognize({}, body))?.fieldErrors).toStrictEqual([]);
    const spec = { fieldErrors: { path: '/fields', shape: 'map' as const } };
    expect(first(recognize(spec, body))?.fieldErrors).toHaveLength(1);
  });

  it('runs a behaviour’s details, finish and body reader', () => {
    const details: Behaviour = { details: (_item, code) => `details of ${String(code)}` };
    const finish: Behaviour = { finish: (_body, envelope) => ({ ...envelope, requestId: 'F' }) };
    const body = { error: { code: 'E' } };
    expect(first(recognize({}, body, [finish, details]))?.details).toBe('details of E');
    expect(recognize({}, body, [details, finish])?.requestId).toBe('F');
    const bare: EnvelopeError = { code: 'X', message: null, details: null, fieldErrors: [] };
    const reader: Behaviour = { readBody: () => [bare] };
    const envelope = recognize({ requestId: '/rid' }, { rid: 'r' }, [details, reader]);
    expect(envelope?.errors).toEqual([bare]);
    expect(first(envelope)?.pointers).toBeUndefined();
  });

  it('overrides the retry rule of errors only, and notes it only when the override says', () => {
    const overrides: RetryOverride[] = [
      { when: [{ path: '/retry', equals: true }], retry: { advice: 'wait' } },
    ];
    const spec = { success: [{ path: '/ok', equals: true }] };
    const errors = recognize(spec, { error: {}, retry: true }, [], overrides);
    expect(errors?.retryOverride).toEqual({ advice: 'wait' });
    expect(errors).not.toHaveProperty('notes');
    const success = recognize(spec, { ok: true, retry: true }, [], overrides);
    expect(success?.errors).toEqual([]);
    expect(success).not.toHaveProperty('retryOverride');
  });
});

describe('compileRetryOverrides', () => {
  const envelope: Envelope = { errors: [], requestId: 'r', notes: [{ en: 'a', ru: 'а' }] };

  it('is nothing without overrides, and keeps the envelope when none holds', () => {
    expect(compileRetryOverrides(undefined)).toBeNull();
    expect(compileRetryOverrides([])).toBeNull();
    const override = compileRetryOverrides([
      { when: [{ path: '/x', exists: true }], retry: { advice: 'no' } },
    ]);
    expect(override?.({}, undefined, envelope)).toBe(envelope);
  });

  it('adds the first holding override’s note to the notes, or keeps them as they were', () => {
    const override = compileRetryOverrides([
      { when: [{ path: '/x', exists: false }], retry: { advice: 'no' }, note: 'Said' },
      { when: [{ path: '/x', exists: true }], retry: { advice: 'wait' } },
    ]);
    expect(override?.({}, undefined, envelope)).toEqual({
      errors: [],
      requestId: 'r',
      retryOverride: { advice: 'no' },
      notes: [
        { en: 'a', ru: 'а' },
        { en: 'Said', ru: 'Said' },
      ],
    });
    expect(override?.({ x: 1 }, undefined, envelope)?.notes).toEqual(envelope.notes);
    const none = override?.({ x: 1 }, undefined, { errors: [], requestId: null });
    expect(none).not.toHaveProperty('notes');
  });
});

describe('withErrors', () => {
  it('keeps the retry override, and sets notes only when given', () => {
    const rule = { advice: 'wait' as const };
    const out = withErrors(
      { errors: [], requestId: null, retryOverride: rule },
      [],
      'r',
      undefined,
    );
    expect(out).toStrictEqual({ errors: [], requestId: 'r', retryOverride: rule });
    const plain = withErrors({ errors: [], requestId: null }, [], null, []);
    expect(plain).toStrictEqual({ errors: [], requestId: null, notes: [] });
  });
});
