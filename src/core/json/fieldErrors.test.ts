import { describe, expect, it } from 'vitest';
import { fieldErrorsFromList } from './fieldErrors';

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
