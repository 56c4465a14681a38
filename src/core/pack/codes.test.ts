import { describe, expect, it } from 'vitest';
import { compileCode, DEFAULTED, MISSING } from './codes';
import type { CodeSpec, Sources } from './packTypes';

const read = (code: Sources | CodeSpec, item: unknown) => compileCode(code).read(item, undefined);

describe('compileCode', () => {
  it('reads nothing, and requires nothing, with no code spec', () => {
    const reader = compileCode(undefined);
    expect(reader.read({ code: 'x' }, undefined)).toBeNull();
    expect(reader.hit).toBe(MISSING);
    expect(reader.required).toBe(false);
  });

  it.each<[CodeSpec['as'], unknown, string | number | null]>([
    [undefined, 'E1', 'E1'],
    [undefined, 7, 7],
    [undefined, Infinity, null],
    [undefined, true, null],
    ['string', 'E1', 'E1'],
    ['string', 7, null],
    ['numeric', 7, 7],
    ['numeric', NaN, null],
    ['numeric', '1008', '1008'],
    ['numeric', '10a', null],
    ['numeric', '1234567890123456', null],
  ])('as %s keeps %j as %j', (as, value, code) => {
    expect(read({ from: '/c', ...(as === undefined ? {} : { as }) }, { c: value })).toBe(code);
  });

  it('tells which source gave the code, and when none did', () => {
    const reader = compileCode({ from: ['/a', '/b'] });
    expect(reader.read({ b: 'B' }, undefined)).toBe('B');
    expect(reader.hit).toBe(1);
    expect(reader.read({ a: 'A' }, undefined)).toBe('A');
    expect(reader.hit).toBe(0);
    expect(reader.read({}, undefined)).toBeNull();
    expect(reader.hit).toBe(MISSING);
  });

  it('stands the default in for a missing or empty code', () => {
    const reader = compileCode({ from: '/c', default: 'UNKNOWN' });
    expect(reader.read({ c: '' }, undefined)).toBe('UNKNOWN');
    expect(reader.hit).toBe(DEFAULTED);
    expect(reader.read({ c: 'E' }, undefined)).toBe('E');
    expect(reader.hit).toBe(0);
  });

  it.each<[CodeSpec['required'], boolean]>([
    [true, true],
    [false, false],
    [undefined, false],
  ])('is required when the spec says %s', (required, expected) => {
    const spec: CodeSpec = required === undefined ? { from: '/c' } : { from: '/c', required };
    expect(compileCode(spec).required).toBe(expected);
    expect(compileCode('/c').required).toBe(false);
  });

  it.each<[CodeSpec['cut'], unknown, unknown]>([
    [[{ before: ':' }, { after: '#' }], 'ns#Type:uri', 'Type'],
    [[{ after: '#' }], '#Type', 'Type'],
    [[{ before: ':' }], ':x', ''],
    [[{ after: '#' }], 'Type', 'Type'],
    [[], 'ns#Type', 'ns#Type'],
    [[{ after: '#' }], 42, 42],
  ])('cuts %j from %j, leaving %j', (cut, value, code) => {
    expect(read({ from: '/c', cut }, { c: value })).toBe(code);
  });

  it('gives a case’s code before reading the body, when its conditions hold', () => {
    const reader = compileCode({
      from: '/c',
      cases: [
        { when: [{ path: '/quota', equals: 0 }], code: 'QUOTA' },
        { when: [{ path: '/quota', equals: 1 }], code: 'LAST' },
      ],
    });
    expect(reader.read({ quota: 1, c: 'E' }, undefined)).toBe('LAST');
    expect(reader.hit).toBe(DEFAULTED);
    expect(reader.read({ quota: 2, c: 'E' }, undefined)).toBe('E');
    expect(reader.hit).toBe(0);
    expect(read({ from: '/c', cases: [] }, { c: 'E' })).toBe('E');
  });

  it('reads a code from a response header, whatever the case of its name', () => {
    const reader = compileCode('header:X-Amzn-ErrorType');
    const headers = [{ name: 'x-amzn-errortype', value: 'Throttling' }];
    expect(reader.read({}, { headers })).toBe('Throttling');
    expect(reader.read({}, { headers: [] })).toBeNull();
    expect(reader.read({}, undefined)).toBeNull();
  });
});
