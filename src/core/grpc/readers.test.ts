import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { field, int } from '../../../demo/protobuf';
import { latin1String } from './base64';
import { durationSeconds } from './detailsSummary';
import {
  lastRange,
  lastText,
  MAX_FIELDS,
  readFields,
  readLast,
  readRepeated,
  repeatedBytes,
  stringField,
} from './protobuf';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

/*
 * The hand-written readers that stand in for slower general ones (a regex, every field read
 * into an object) must say exactly what those say, on any input.
 */

const DURATION = /^(\d{1,12})(?:\.(\d{1,9}))?s$/;

/** The regex definition of a JSON google.protobuf.Duration, which durationSeconds() replaces. */
function byRegex(value: string): number | undefined {
  const m = DURATION.exec(value.trim());
  if (m === null) return undefined;
  return Number(m[1]) + (m[2] === undefined ? 0 : Number(`0.${m[2]}`));
}

const durationText = fc
  .array(fc.constantFrom('0', '1', '9', '.', 's', ' ', '\n', '\u00a0', 'S', '-', '٣'), {
    maxLength: 24,
  })
  .map((chars) => chars.join(''));

describe('durationSeconds', () => {
  it('reads what the Duration regex reads, and refuses what it refuses', () => {
    for (const text of [
      '13s',
      '1.5s',
      ' 2s\n',
      '1.s',
      '.5s',
      's',
      '1234567890123s',
      '1.0123456789s',
    ])
      expect(durationSeconds(text)).toBe(byRegex(text));
    expect(durationSeconds('1.500s')).toBe(1.5);
    expect(durationSeconds(13)).toBeUndefined();
    fc.assert(
      fc.property(durationText, (text) => {
        expect(durationSeconds(text)).toBe(byRegex(text));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});

/** A message of length-delimited and varint fields 1–3, some cut short. */
const message = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.string({ maxLength: 6 }))
        .map(([n, s]) => field(n, s)),
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.nat()).map(([n, v]) => int(n, v)),
    ),
    { maxLength: 40 },
  )
  .chain((parts) =>
    fc.nat({ max: 3 }).map((cut) => {
      const bytes = parts.flat();
      return String.fromCharCode(...(cut === 0 ? bytes.slice(0, bytes.length - 1) : bytes));
    }),
  );

const ranges = (fields: readonly { start: number; end: number }[] | null) =>
  fields === null ? null : fields.map((f) => [f.start, f.end]);

describe('readRepeated', () => {
  it('keeps what readFields and repeatedBytes keep, and refuses what readFields refuses', () => {
    fc.assert(
      fc.property(
        message,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 25 }),
        (bytes, n, limit) => {
          const all = readFields(bytes);
          const kept = readRepeated(bytes, 0, bytes.length, n, limit);
          expect(ranges(kept)).toEqual(all === null ? null : ranges(repeatedBytes(all, n, limit)));
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('refuses a message of more than MAX_FIELDS fields, whichever it keeps', () => {
    const bytes = latin1String(
      Uint8Array.from(Array.from({ length: MAX_FIELDS + 1 }, () => int(2, 1)).flat()),
    );
    expect(readFields(bytes)).toBeNull();
    expect(readRepeated(bytes, 0, bytes.length, 1, 20)).toBeNull();
  });
});

describe('readLast', () => {
  it('refuses what readFields refuses, and finds the last value stringField finds', () => {
    fc.assert(
      fc.property(message, fc.integer({ min: 1, max: 3 }), (bytes, maxField) => {
        const all = readFields(bytes);
        expect(readLast(bytes, 0, bytes.length, maxField)).toBe(all !== null);
        if (all === null) return;
        for (let n = 1; n <= 3; n++) {
          const last = n <= maxField ? lastText(bytes, n) : undefined;
          expect(last).toBe(n <= maxField ? stringField(all, n) : undefined);
          const range = lastRange(n);
          const found = repeatedBytes(all, n).at(-1);
          if (n <= maxField) expect(range).toEqual(found ? [found.start, found.end] : null);
        }
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('refuses a message of more than MAX_FIELDS fields', () => {
    const bytes = latin1String(
      Uint8Array.from(Array.from({ length: MAX_FIELDS + 1 }, () => int(2, 1)).flat()),
    );
    expect(readLast(bytes, 0, bytes.length, 2)).toBe(false);
    expect(readLast(bytes, 0, bytes.length - 2, 2)).toBe(true);
  });
});
