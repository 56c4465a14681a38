import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../test/helpers/propertyRuns';
import { KnownStrings } from './knownStrings';

describe('KnownStrings', () => {
  it('answers as a Map of the same entries, for any key', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '/', '\u{1F600}'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer())), fc.array(key), (entries, keys) => {
        const known = new KnownStrings(entries);
        const map = new Map(entries);
        for (const k of [...keys, ...entries.map(([k]) => k)])
          expect(known.get(k)).toBe(map.get(k));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('finds a key of a length no other key has, and nothing for an empty table', () => {
    const known = new KnownStrings([['google.rpc.Help', 8]]);
    expect(known.get('google.rpc.Help')).toBe(8);
    expect(known.get('google.rpc.HelP')).toBeUndefined();
    expect(known.get('')).toBeUndefined();
    expect(new KnownStrings<number>([]).get('x')).toBeUndefined();
  });
});
