import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_BYTES } from './progress';
import { EXIT_OK, EXIT_USAGE, run, type CliIo } from './run';

const utf8 = (text: string) => new TextEncoder().encode(text);

const entry = (status: number, text: string, mimeType = 'application/json', path = '/x') =>
  JSON.stringify({
    startedDateTime: '2026-06-23T10:00:00.000Z',
    request: { method: 'GET', url: `https://api.example.com${path}` },
    response: { status, content: { mimeType, text } },
  });

const ERROR = entry(502, '{"ok":false,"error":{"code":"provider_error","message":"x"}}');

/** An io whose one file "a.har" is `chunks`, claiming `size` bytes. */
function streamIo(chunks: () => Iterable<Uint8Array>, size: number | null, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  let clock = 0;
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: () => {
      throw new Error('the CLI must stream, not read whole files');
    },
    openFile: () => ({ size, chunks: chunks() }),
    stderrIsTTY: tty,
    now: () => (clock += 300),
  };
  return { io, out, err };
}

function* inChunks(text: string, size: number) {
  const bytes = utf8(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const OK = entry(200, '{}', 'application/json', '/ok');
const HAR = `{"log":{"entries":[${ERROR},${OK},${ERROR}]}}`;

describe('reading HAR files as a stream', () => {
  it('decodes a HAR that arrives in small chunks', () => {
    const { io, out } = streamIo(() => inChunks(HAR, 7), HAR.length);
    expect(run(['decode', 'a.har', '--json'], io)).toBe(EXIT_OK);
    const { errors } = JSON.parse(out.join('')) as { errors: { entry: number; code: string }[] };
    expect(errors.map((e) => [e.entry, e.code])).toEqual([
      [0, 'provider_error'],
      [2, 'provider_error'],
    ]);
  });

  it('reads no further than the entry that report asks for', () => {
    let chunksRead = 0;
    const { io, out } = streamIo(function* () {
      for (const chunk of inChunks(HAR, 16)) {
        chunksRead++;
        yield chunk;
      }
    }, null);
    expect(run(['report', '--entry', '0', 'a.har'], io)).toBe(EXIT_OK);
    expect(out.join('')).toContain('provider_error');
    expect(chunksRead).toBeLessThan(Math.ceil(HAR.length / 16));
  });

  it('says in one line when reading fails half way, and exits 2', () => {
    const { io, out, err } = streamIo(function* () {
      yield utf8('{"log":{"entries":[');
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }, null);
    expect(run(['decode', 'a.har'], io)).toBe(EXIT_USAGE);
    expect(err).toEqual(['api-error-decoder: a.har: EIO: i/o error, read\n']);
    expect(out).toEqual([]);
  });

  it('draws progress on a terminal for a HAR over 50 MB, and erases it', () => {
    const big = PROGRESS_MIN_BYTES + 1;
    const { io, err, out } = streamIo(() => inChunks(HAR, 40), big, true);
    expect(run(['decode', 'a.har'], io)).toBe(EXIT_OK);
    expect(err.length).toBeGreaterThan(1);
    expect(err[0]).toMatch(/^\ra\.har \[[#-]{24}\] +0% {2}0\/50 MB {2}\d+ entries/);
    expect(err.at(-1)).toBe('\r\x1b[K');
    expect(out.join('')).toContain('2 errors in 3 entries');
  });

  it.each([
    ['not a terminal', PROGRESS_MIN_BYTES + 1, false],
    ['a small file', PROGRESS_MIN_BYTES, true],
    ['an unknown size (stdin)', null, true],
  ])('stays silent on stderr for %s', (_, size, tty) => {
    const { io, err } = streamIo(() => inChunks(HAR, 40), size, tty);
    expect(run(['decode', 'a.har'], io)).toBe(EXIT_OK);
    expect(err).toEqual([]);
  });

  it("decodes a HAR longer than V8's longest string", { timeout: 120_000 }, () => {
    // 1 MB text bodies of successful responses, with an error every 100 entries.
    const body = entry(200, 'x'.repeat(1024 * 1024), 'text/plain', '/big');
    const bodyBytes = utf8(`,${body}`);
    const errorBytes = utf8(`,${ERROR}`);
    const count = Math.ceil(constants.MAX_STRING_LENGTH / bodyBytes.length) + 10;
    const { io, out } = streamIo(function* () {
      yield utf8(`{"log":{"entries":[${ERROR}`);
      for (let i = 1; i < count; i++) yield i % 100 === 0 ? errorBytes : bodyBytes;
      yield utf8(']}}');
    }, null);
    expect(count * bodyBytes.length).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    expect(run(['decode', 'a.har'], io)).toBe(EXIT_OK);
    const errors = 1 + Math.floor((count - 1) / 100);
    expect(out.join('')).toContain(`${errors} errors in ${count} entries`);
  });
});
