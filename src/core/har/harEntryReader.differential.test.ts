import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HarEntryReader } from './harEntryReader';
import { utf8, wholeParse } from '../../../test/helpers/harText';
import { HarError } from './parseHar';

/**
 * The streaming reader against JSON.parse of the whole file, on generated HARs whose entries
 * share a first key (so the reader guesses where they end) and hold what makes a guess wrong.
 */

/** Entries or refusal, and how many entries were guessed. */
function read(bytes: Uint8Array, size: number): { outcome: unknown; guessed: number } {
  const reader = new HarEntryReader();
  const entries: unknown[] = [];
  try {
    for (let i = 0; i < bytes.length; i += size) {
      entries.push(...reader.push(bytes.slice(i, i + size)));
    }
    entries.push(...reader.end());
  } catch (error) {
    if (!(error instanceof HarError)) throw error;
    return { outcome: { reason: error.reason }, guessed: reader.guesser.guessed };
  }
  return { outcome: { entries }, guessed: reader.guesser.guessed };
}

/** Strings made of the pieces that look like a boundary between entries. */
const tricky = fc
  .array(
    fc.constantFrom(
      '},{',
      '}, {',
      '},\n{',
      '"startedDateTime"',
      '{"',
      '"}',
      '\\',
      '"',
      'é',
      '🙂',
      'a',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const value = fc.oneof(tricky, fc.jsonValue({ maxDepth: 2 }));

/** An object that starts with the entries' first key, as a nested one may too. */
const keyed = fc
  .record({ startedDateTime: tricky, rest: fc.dictionary(tricky, value, { maxKeys: 3 }) })
  .map(({ startedDateTime, rest }) => ({ startedDateTime, ...rest }));

const entry = fc.oneof(
  { weight: 6, arbitrary: keyed },
  {
    weight: 2,
    arbitrary: fc.record({ startedDateTime: tricky, sub: fc.array(keyed, { maxLength: 3 }) }),
  },
  { weight: 1, arbitrary: keyed.map((e) => ({ pageref: 'p', ...e })) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);

/** The HAR text of `entries` in one of the layouts that writers use. */
const layout = fc.constantFrom(
  (doc: unknown) => JSON.stringify(doc),
  (doc: unknown) => JSON.stringify(doc, null, 2),
  (doc: unknown) => JSON.stringify(doc, null, '\t'),
  (doc: unknown) => {
    const { log } = doc as { log: { entries: unknown[] } };
    const items = log.entries.map((e) => JSON.stringify(e)).join(',\n');
    return `{"log":{"version":"1.2","entries":[\n${items}\n],"comment":"},{"}}`;
  },
);

const har = fc
  .tuple(fc.array(entry, { minLength: 3, maxLength: 12 }), layout)
  .map(([entries, write]) => write({ log: { version: '1.2', entries } }));

const size = fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 65, max: 4096 }));

describe('HarEntryReader against JSON.parse', () => {
  it('yields the entries JSON.parse finds, however the HAR is laid out and cut', () => {
    let guessed = 0;
    fc.assert(
      fc.property(har, size, (text, chunk) => {
        const got = read(utf8(text), chunk);
        guessed += got.guessed;
        expect(got.outcome).toEqual(wholeParse(text));
      }),
      { numRuns: 300 },
    );
    // Else this would only test the scanner.
    expect(guessed).toBeGreaterThan(100);
  });

  it('refuses what JSON.parse refuses after any one byte is changed', () => {
    const base = fc.tuple(
      har,
      fc.nat(),
      fc.constantFrom(...utf8('{}[]",:\\ \n0aetn-\u00e9')),
      size,
    );
    fc.assert(
      fc.property(base, ([text, at, byte, chunk]) => {
        const changed = utf8(text);
        changed[at % changed.length] = byte;
        // Decoded as the reader decodes it: a broken character reads as U+FFFD.
        const want = wholeParse(new TextDecoder().decode(changed)) as { reason?: string };
        const got = read(changed, chunk).outcome as { reason?: string };
        expect(got.reason === 'not-json').toBe(want.reason === 'not-json');
        if (want.reason === undefined) expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
