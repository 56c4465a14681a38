import { describe, expect, it } from 'vitest';
import { HarEntryReader } from './harEntryReader';
import { chunks, utf8, wholeParse } from '../../../test/helpers/harText';
import { HarError } from './parseHar';

/** Entries cut by a guessed boundary, and their fallbacks to the exact scanner. */

interface Read {
  readonly entries?: unknown[];
  readonly reason?: string;
  readonly guessed: number;
  readonly missed: number;
}

/** What the reader makes of `text` in chunks of `size`, and how many entries it guessed. */
function read(text: string, size = 1 << 20): Read {
  const reader = new HarEntryReader();
  const entries: unknown[] = [];
  const stats = () => ({ guessed: reader.guesser.guessed, missed: reader.guesser.missed });
  try {
    for (const chunk of chunks(utf8(text), size)) entries.push(...reader.push(chunk));
    entries.push(...reader.end());
  } catch (error) {
    if (error instanceof HarError) return { reason: error.reason, ...stats() };
    throw error;
  }
  expect(reader.count).toBe(entries.length);
  return { entries, ...stats() };
}

function entry(i: number, body = `{"id":${i}}`): Record<string, unknown> {
  return {
    startedDateTime: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    request: { method: 'GET', url: `https://api.example/${i}`, headers: [{ name: 'a' }, {}] },
    response: { status: 500 + (i % 5), content: { text: body } },
  };
}

const entries = (n: number, body?: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => entry(i, body?.(i)));

/** A HAR of `list` with `sep` between entries. */
function har(list: readonly unknown[], sep = ',', tail = ''): string {
  const items = list.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
  return `{"log":{"version":"1.2","entries":[${items.join(sep)}]${tail}}}`;
}

const N = 12;
/** Entries 0 and 1 teach the boundary and the last has none after it: the rest are guessed. */
const ALL_GUESSED = N - 3;

describe('HarEntryReader, guessing where entries end', () => {
  it.each([
    ['minified', har(entries(N))],
    ['one entry a line', har(entries(N), ',\n')],
    ['pretty-printed', JSON.stringify({ log: { version: '1.2', entries: entries(N) } }, null, 2)],
    ['CRLF and tabs', har(entries(N), '\r\n\t,\r\n\t')],
    ['with a byte order mark', `\uFEFF${har(entries(N), ', ')}`],
    ['bodies holding "},{" and "}, {"', har(entries(N, (i) => `[{"a":${i}},{"b":1}, {"c":2}]`))],
    [
      'bodies holding the boundary itself, escaped',
      har(entries(N, () => JSON.stringify([entry(1), entry(2)]))),
    ],
    ['non-ASCII bodies', har(entries(N, (i) => `Это поле обязательно ${i} 🙂`))],
  ])('guesses every entry it can in %s', (_, text) => {
    const got = read(text);
    expect(got).toEqual({ ...wholeParse(text), guessed: ALL_GUESSED, missed: 0 });
  });

  it.each([
    [
      'a nested array whose items start with the entry key',
      har(
        entries(N).map((e, i) => ({ ...e, sub: [{ startedDateTime: i }, { startedDateTime: 0 }] })),
      ),
    ],
    [
      'a key that holds the boundary (only a first key like ":[" makes that valid JSON)',
      har([
        ...Array.from({ length: N }, (_, i) => ({ ':[': [i] })),
        { ':[': [], 'a},{': ['x'] },
        {},
      ]),
    ],
  ])('falls back to the scanner on a wrong guess: %s', (_, text) => {
    const got = read(text);
    expect(got.entries).toEqual(wholeParse(text).entries);
    expect(got.missed).toBeGreaterThan(0);
  });

  it('reads the log members around the entries as before, whatever they hold', () => {
    const pages = `"pages":${JSON.stringify(entries(3))}`;
    const text = har(entries(N), ',', `,${pages},"comment":"},{"`).replace(
      '"version":"1.2"',
      `"version":"1.2","creator":${JSON.stringify(entries(2))}`,
    );
    const got = read(text);
    expect(got.entries).toEqual(wholeParse(text).entries);
    expect(got.guessed).toBe(ALL_GUESSED);
  });

  it('reads entries whose first key changes, guessing where the boundary still matches', () => {
    const list = entries(N).map((e, i) => (i % 3 === 2 ? { pageref: 'p', ...e } : e));
    const text = har(list);
    const got = read(text);
    expect(got.entries).toEqual(wholeParse(text).entries);
    expect(got.guessed).toBeGreaterThan(0);
    expect(got.guessed).toBeLessThan(ALL_GUESSED);
  });

  it('learns the boundary again when entries change shape for good', () => {
    // 4 MB of entries that the first boundary does not match, then guessing resumes.
    const first = entries(5).map((e) => ({ pageref: 'p', ...e }));
    const text = har([...first, ...entries(3_000, (i) => `${i}`.padEnd(2_000, '.'))]);
    const got = read(text, 64 * 1024);
    expect(got.entries).toEqual(wholeParse(text).entries);
    expect(got.guessed).toBeGreaterThan(500);
  });

  it('stops guessing when most guesses are wrong', () => {
    const list = entries(400).map((e) => ({ ...e, sub: [{}, { startedDateTime: 1 }] }));
    const text = har(list);
    const got = read(text);
    expect(got.entries).toEqual(wholeParse(text).entries);
    expect(got.missed).toBeGreaterThan(0);
    expect(got.missed).toBeLessThan(20);
  });

  it.each([1, 2, 3, 7, 64, 100, 333, 1000, 4096])(
    'reads entries split across chunks of %i bytes, multibyte characters and all',
    (size) => {
      const list = entries(40, (i) => (i % 7 === 3 ? 'é🙂'.repeat(i * 50) : `Иван ${i}`));
      const text = `\uFEFF${har(list, ',\n  ')}`;
      const got = read(text, size);
      expect(got.entries).toEqual(wholeParse(text).entries);
      if (size >= 4096) expect(got.guessed).toBeGreaterThan(10);
    },
  );

  it('reads an entry larger than a chunk, and guesses around it', () => {
    const list = entries(30, (i) => (i === 15 ? 'x'.repeat(50_000) : `${i}`));
    const text = har(list);
    const got = read(text, 8192);
    expect(got.entries).toEqual(wholeParse(text).entries);
    expect(got.guessed).toBeGreaterThan(15);
  });

  const GOOD = har(entries(N));
  /** Where entry `i` starts, `{"startedDateTime"…`, in GOOD. */
  const start = (i: number) => GOOD.indexOf(`{"startedDateTime":"2026-01-01T00:00:0${i}Z"`);
  /** GOOD with the bytes from entry `i` on prefixed by `bytes` in place of the comma. */
  const sep = (i: number, bytes: string) =>
    GOOD.slice(0, start(i) - 1) + bytes + GOOD.slice(start(i));
  it.each([
    ['truncated inside a guessed entry', GOOD.slice(0, start(6) + 30)],
    ['truncated after a comma', GOOD.slice(0, start(6))],
    ['truncated after a whole entry', GOOD.slice(0, start(6) - 1)],
    ['text after the document', `${GOOD} x`],
    ['a second document', `${GOOD}{}`],
    ['an invalid entry among guessed ones', GOOD.replace('"status":503', '"status":tru')],
    ['two commas between entries', sep(6, ',,')],
    ['a missing comma', sep(7, '')],
    ['a bracket between entries', sep(8, '],')],
    ['a byte order mark between entries', sep(5, ',\uFEFF')],
    ['a raw newline in a string', GOOD.replace('api.example/7', 'api.\nexample/7')],
    ['a trailing comma', `${GOOD.slice(0, -3)},]}}`],
  ])('refuses %s as not JSON, as JSON.parse does', (_, text) => {
    expect(text).not.toBe(GOOD);
    expect(wholeParse(text)).toEqual({ reason: 'not-json' });
    for (const size of [1, 500, 4096, 1 << 20]) expect(read(text, size).reason).toBe('not-json');
  });

  it('refuses entries outside log as not a HAR', () => {
    const text = `{"x":${GOOD}}`;
    expect(wholeParse(text)).toEqual({ reason: 'not-har' });
    expect(read(text).reason).toBe('not-har');
  });
});
