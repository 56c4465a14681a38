import { describe, expect, it } from 'vitest';
import {
  between,
  contains,
  headerValue,
  keysIn,
  mediaTypeIs,
  oneOfDeep,
  ownMember,
  statusIn,
} from './conditionRuntime';

describe('the generated conditions’ runtime', () => {
  it('reads the response: headers, media type and status, with or without a context', () => {
    expect(headerValue({ headers: [{ name: 'X-A', value: '1' }] }, 'x-a')).toBe('1');
    expect(headerValue({}, 'x-a')).toBeUndefined();
    expect(headerValue(undefined, 'x-a')).toBeUndefined();
    expect(mediaTypeIs({ mimeType: 'application/json; charset=utf-8' }, 'application/json')).toBe(
      true,
    );
    expect(mediaTypeIs(undefined, 'application/json')).toBe(false);
    expect(mediaTypeIs(undefined, '')).toBe(true);
    const statuses = new Set([429]);
    expect(statusIn({ status: 429 }, statuses)).toBe(true);
    expect(statusIn({ status: 500 }, statuses)).toBe(false);
    expect(statusIn({}, statuses)).toBe(false);
    expect(statusIn(undefined, statuses)).toBe(false);
  });

  it.each<[unknown, boolean]>([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    ['3', false],
  ])('between 1 and 5: %j is %s', (value, expected) => {
    expect(between(value, 1, 5)).toBe(expected);
  });

  it('tests text, keys, deep members and own members', () => {
    expect(contains('rate limited', 'rate')).toBe(true);
    expect(contains(['rate'], 'rate')).toBe(false);
    const allowed = new Set(['a']);
    expect(keysIn({ a: 1 }, allowed)).toBe(true);
    expect(keysIn({ b: 1 }, allowed)).toBe(false);
    expect(keysIn(['a'], allowed)).toBe(false);
    expect(keysIn('a', allowed)).toBe(false);
    expect(keysIn([], allowed)).toBe(false);
    expect(keysIn(null, allowed)).toBe(false);
    expect(oneOfDeep({ a: [1] }, [null, { a: [1] }])).toBe(true);
    expect(oneOfDeep({ a: [2] }, [null, { a: [1] }])).toBe(false);
    expect(oneOfDeep(null, [null, { a: [1] }])).toBe(true);
    expect(oneOfDeep(undefined, [undefined])).toBe(false);
    expect(ownMember({ constructor: 1 }, 'constructor')).toBe(1);
    expect(ownMember({}, 'constructor')).toBeUndefined();
    expect(ownMember({ a: undefined }, 'a')).toBeUndefined();
    expect(ownMember(Object.create({ x: 2 }) as object, 'x')).toBeUndefined();
  });
});
