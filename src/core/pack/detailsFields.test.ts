import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { loadPack } from './loadPack';
import { createPackSet } from './packSet';

describe('details fields', () => {
  const loaded = loadPack(
    {
      id: 'fields',
      name: 'fields',
      version: '1',
      errorOn2xx: false,
      envelope: {
        match: [{ path: '/fault', type: 'object' }],
        code: '/fault/reason',
        // Parsed, so that "__proto__" is a key, as in a pack file, not a literal's prototype.
        details: JSON.parse(
          '{"fields": {"__proto__": {"path": "/fault/proto"}, "where": {"path": "/fault/where", "type": "string"}, "count": {"path": "/fault/count", "type": "integer"}}}',
        ) as unknown,
      },
    },
    'user',
  );
  if (!loaded.ok) throw new Error('invalid test pack');
  const packs = createPackSet([loaded.format]);
  const run = (fault: object) => decode(exchange({ json: { fault } }), { packs })?.details;

  it('reads each field, null when absent or of the wrong type', () => {
    const details = run({ reason: 'X', where: 'here', count: 'many' });
    expect(details).toMatchObject({ where: 'here', count: null });
    expect(Object.keys(details as object)).toEqual(['__proto__', 'where', 'count']);
  });

  it('keeps a field named "__proto__" a plain key, not the prototype', () => {
    const details = run({ reason: 'X', proto: { polluted: true } }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(details)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(details, '__proto__')).toBe(true);
    expect(details['polluted']).toBeUndefined();
  });
});
