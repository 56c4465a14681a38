import { describe, expect, it } from 'vitest';
import { fieldErrorsFromList, fieldErrorsFromMap } from './fieldErrors';

/** The grouping as a plain Map would give it: the reference the scan-then-map reader must match. */
function grouped(list: readonly { field: string; message: string }[]) {
  const byField = new Map<string, string[]>();
  for (const { field, message } of list) {
    const messages = byField.get(field) ?? [];
    if (messages.length < 20) messages.push(message);
    byField.set(field, messages);
  }
  return [...byField].map(([field, messages]) => ({ field, messages }));
}

describe('fieldErrorsFromList', () => {
  it('groups messages by field in first-seen order, with few fields and past the scanned ones', () => {
    for (const fields of [1, 3, 8, 9, 30]) {
      const list = Array.from({ length: fields * 3 }, (_, i) => ({
        field: `f${(i * 7) % fields}`,
        message: `m${i}`,
      }));
      expect(fieldErrorsFromList(list)).toEqual(grouped(list));
    }
  });

  it('keeps at most 200 fields and 20 messages a field', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ field: `f${i}`, message: 'm' }));
    expect(fieldErrorsFromList(many)).toHaveLength(200);
    const repeated = Array.from({ length: 50 }, (_, i) => ({ field: 'same', message: `m${i}` }));
    expect(fieldErrorsFromList(repeated)[0]?.messages).toHaveLength(20);
  });

  it('skips items without a string field or message, and a field named like a prototype key', () => {
    const list = [{ field: 'a' }, { message: 'x' }, 7, { field: '__proto__', message: 'p' }];
    expect(fieldErrorsFromList(list)).toEqual([{ field: '__proto__', messages: ['p'] }]);
  });
});

describe('fieldErrorsFromMap', () => {
  it('reads one entry per field, from a message or a list of them', () => {
    expect(
      fieldErrorsFromMap({
        amount: ['The amount field is required.', 7, 'Too small.'],
        name: 'Taken.',
      }),
    ).toEqual([
      { field: 'amount', messages: ['The amount field is required.', 'Too small.'] },
      { field: 'name', messages: ['Taken.'] },
    ]);
  });

  it('skips fields without a message, and what is not a map', () => {
    expect(fieldErrorsFromMap({ a: [], b: 1, c: null, d: { m: 'x' }, e: [1, null] })).toEqual([]);
    expect(fieldErrorsFromMap([['a', 'x']])).toEqual([]);
    expect(fieldErrorsFromMap('a')).toEqual([]);
    expect(fieldErrorsFromMap(null)).toEqual([]);
  });

  it('keeps at most 200 fields and 20 messages a field', () => {
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, 'm']));
    const fields = fieldErrorsFromMap(many);
    expect(fields).toHaveLength(200);
    expect(fields[199]?.field).toBe('f199');
    const messages = Array.from({ length: 50 }, (_, i) => `m${i}`);
    expect(fieldErrorsFromMap({ a: messages })[0]?.messages).toEqual(messages.slice(0, 20));
    expect(fieldErrorsFromMap({ a: messages.slice(0, 20) })[0]?.messages).toHaveLength(20);
  });

  it('reads inherited-looking keys only as the body sent them', () => {
    const body = JSON.parse('{"__proto__":"p","toString":["t"]}') as unknown;
    expect(fieldErrorsFromMap(body)).toEqual([
      { field: '__proto__', messages: ['p'] },
      { field: 'toString', messages: ['t'] },
    ]);
  });
});

describe('fieldErrorsFromList: readers and bounds', () => {
  it('reads other item shapes through the given readers', () => {
    const list = [{ path: 'a', text: 'x' }, { path: 'a', text: 'y' }, { path: 'b' }];
    const read = (key: string) => (item: Record<string, unknown>) =>
      typeof item[key] === 'string' ? (item[key] as string) : undefined;
    expect(fieldErrorsFromList(list, read('path'), read('text'))).toEqual([
      { field: 'a', messages: ['x', 'y'] },
    ]);
    expect(fieldErrorsFromList({ 0: { field: 'a', message: 'x' } })).toEqual([]);
  });

  it('scans at most 4,000 items', () => {
    const list = Array.from({ length: 4001 }, () => ({ field: 'same', message: 'm' }));
    list[4000] = { field: 'last', message: 'never read' };
    expect(fieldErrorsFromList(list).map((e) => e.field)).toEqual(['same']);
    expect(fieldErrorsFromList(list.slice(1)).map((e) => e.field)).toEqual(['same', 'last']);
    // Past 200 fields, a new field is dropped while known ones still gather messages.
    const full = [
      ...Array.from({ length: 200 }, (_, i) => ({ field: `f${i}`, message: 'm' })),
      { field: 'extra', message: 'x' },
      { field: 'f3', message: 'second' },
    ];
    const capped = fieldErrorsFromList(full);
    expect(capped).toHaveLength(200);
    expect(capped[3]).toEqual({ field: 'f3', messages: ['m', 'second'] });
  });
});
