import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunks, utf8, wholeParse } from '../../../test/helpers/harText';
import { HarError } from './parseHar';
import { harEntriesOfChunks } from './readHarChunks';

const read = (text: string | Uint8Array, size = 1 << 20) => [
  ...harEntriesOfChunks(chunks(text, size)),
];

/** What the reader says of a file: its entries, or the reason it refuses it. */
function outcome(text: string | Uint8Array, size?: number): unknown {
  try {
    return { entries: read(text, size) };
  } catch (error) {
    if (error instanceof HarError) return { reason: error.reason };
    throw error;
  }
}

const TRICKY = `\uFEFF {"creator":{"name":"a\\"}b]","v":[1,{"x":"\\\\"}]},
  "log" : { "pages":[{"id":"p\\\\\\"1"}], "version":1.2e3,
    "entries" : [ {"request":{"url":"https://é.example/\\u00e9?q=[\\"{"},
      "response":{"status":500,"content":{"text":"\\\\\\\\\\"}\\\\"}}},
      "not an object", 12, null, [], {} ,true],
    "comment": "after" }, "tail": -0.5e-2 }
`;

describe('HarEntryReader', () => {
  it('reads the entries of a HAR cut at every byte, as JSON.parse does', () => {
    const want = wholeParse(TRICKY);
    expect(want).toMatchObject({ entries: expect.arrayContaining([12, null, true]) });
    const bytes = utf8(TRICKY);
    for (const size of [1, 2, 3, 5, 7, 16, bytes.length]) {
      expect(outcome(bytes, size), `chunks of ${size}`).toEqual(want);
    }
    // Every split point in two chunks: escapes, surrogates and the BOM cut anywhere.
    for (let at = 0; at <= bytes.length; at++) {
      const got = [...harEntriesOfChunks([bytes.subarray(0, at), bytes.subarray(at)])];
      expect(got, `split at ${at}`).toEqual((want as { entries: unknown[] }).entries);
    }
  });

  it('yields each entry as soon as its last byte arrives', () => {
    const text = '{"log":{"entries":[{"a":1},{"b":2}';
    const generator = harEntriesOfChunks(chunks(text, 4));
    expect(generator.next().value).toEqual({ a: 1 });
    expect(generator.next().value).toEqual({ b: 2 });
    expect(() => generator.next()).toThrow(/not JSON/);
  });

  it.each([
    ['truncated', '{"log":{"entries":[{"a":1}'],
    ['cut inside a string', '{"log":{"entries":[{"a":"x'],
    ['text after the document', '{"log":{"entries":[]}} x'],
    ['a second document', '{"log":{"entries":[]}}{}'],
    ['an invalid entry', '{"log":{"entries":[{"a":tru}]}}'],
    ['an invalid value beside the entries', '{"log":{"creator":{"a" 1},"entries":[]}}'],
    ['a missing comma', '{"log":{"entries":[{} {}]}}'],
    ['a trailing comma', '{"log":{"entries":[{},]}}'],
    ['a missing colon', '{"log" {"entries":[]}}'],
    ['a bare word', 'hello'],
    ['nothing', ''],
    ['only a byte order mark', '\uFEFF'],
    ['a control character in a key', '{"lo\u0001g":{"entries":[]}}'],
  ])('refuses %s as not JSON', (_, text) => {
    expect(wholeParse(text)).toEqual({ reason: 'not-json' });
    expect(outcome(text)).toEqual({ reason: 'not-json' });
    expect(outcome(text, 1)).toEqual({ reason: 'not-json' });
  });

  it.each([
    ['no log', '{"foo":1}'],
    ['log not an object', '{"log":[{"entries":[]}]}'],
    ['entries not an array', '{"log":{"entries":{"0":{}}}}'],
    ['entries outside log', '{"entries":[],"log":{}}'],
    ['an array', '[{"log":{"entries":[]}}]'],
    ['a number', ' 42 '],
    ['a string', '"log"'],
  ])('refuses %s as not a HAR', (_, text) => {
    expect(wholeParse(text)).toEqual({ reason: 'not-har' });
    expect(outcome(text)).toEqual({ reason: 'not-har' });
    expect(outcome(text, 1)).toEqual({ reason: 'not-har' });
  });

  it('reads keys through their escapes, and keeps __proto__ an own key', () => {
    const text = '{"\\u006cog":{"\\u0065ntries":[{"__proto__":{"x":1}}]}}';
    const [entry] = read(text, 3) as Record<string, unknown>[];
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.keys(entry ?? {})).toEqual(['__proto__']);
  });

  it.each([
    ['a Uint8Array', (n: number) => new Uint8Array(n)],
    ['a Node Buffer, whose slice() shares memory', (n: number) => Buffer.alloc(n)],
  ])('keeps what it needs, so the caller may reuse %s', (_, allocate) => {
    const bytes = utf8('\uFEFF{"log":{"entries":[{"text":"0123456789abcdef"},12345,"x"]}}');
    const buffer = allocate(5);
    const reused = function* () {
      for (let i = 0; i < bytes.length; i += 5) {
        const part = bytes.subarray(i, i + 5);
        buffer.set(part);
        yield buffer.subarray(0, part.length);
      }
    };
    expect([...harEntriesOfChunks(reused())]).toEqual([{ text: '0123456789abcdef' }, 12345, 'x']);
  });

  it('agrees with JSON.parse on any HAR-shaped document, however it is cut', () => {
    const entry = fc.jsonValue({ maxDepth: 3 });
    const doc = fc.record({
      before: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
      entries: fc.array(entry, { maxLength: 5 }),
      space: fc.constantFrom('', ' ', '\n\t ', '\r\n'),
    });
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 64 }), ({ before, entries, space }, size) => {
        delete (before as Record<string, unknown>)['log'];
        const log = JSON.stringify({ ...before, entries }, null, space);
        const text = `{${space}"x":${JSON.stringify(before)},"log":${log}${space}}`;
        expect(outcome(text, size)).toEqual(wholeParse(text));
      }),
    );
  });

  it('refuses what JSON.parse refuses after any one byte is changed', () => {
    const base = TRICKY.slice(1);
    fc.assert(
      fc.property(
        fc.nat(base.length - 1),
        fc.constantFrom(...'{}[]",:\\ 0aetn-'),
        fc.integer({ min: 1, max: 9 }),
        (at, ch, size) => {
          const text = base.slice(0, at) + ch + base.slice(at + 1);
          const want = wholeParse(text) as { reason?: string };
          const got = outcome(text, size) as { reason?: string };
          expect(got.reason === 'not-json').toBe(want.reason === 'not-json');
        },
      ),
    );
  });
});
