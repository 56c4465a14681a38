import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, fileErrorReason, run, type CliIo } from './run';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: open '${path}'`), { code: 'ENOENT' });
      return text;
    },
  };
  return { io, out, err };
}

const HAR = JSON.stringify({
  log: {
    entries: [
      {
        request: { method: 'GET', url: 'https://api.example.com/x' },
        response: { status: 503, content: { text: '<html>down</html>' } },
      },
    ],
  },
});

describe('run', () => {
  it('prints the table and exits 0', () => {
    const { io, out, err } = fakeIo({ 'a.har': HAR });
    expect(run(['decode', 'a.har'], io)).toBe(EXIT_OK);
    expect(out.join('')).toContain('1 error in 1 entry');
    expect(err).toEqual([]);
  });

  it('writes the whole output in one call', () => {
    const { io, out } = fakeIo({ 'a.har': HAR });
    run(['decode', 'a.har', '--json'], io);
    expect(out).toHaveLength(1);
  });

  it.each([
    ['missing.har', 'api-error-decoder: missing.har: no such file\n'],
    ['text.har', 'api-error-decoder: text.har: not JSON\n'],
    ['foo.har', 'api-error-decoder: foo.har: not a HAR file (no log.entries array)\n'],
  ])('reports %s in one line and exits 2', (file, line) => {
    const { io, out, err } = fakeIo({ 'text.har': 'hello', 'foo.har': '{"foo":1}' });
    expect(run(['decode', file], io)).toBe(EXIT_USAGE);
    expect(err).toEqual([line]);
    expect(out).toEqual([]);
  });

  it('prints usage on stderr for a bad command line, on stdout for --help', () => {
    const bad = fakeIo({});
    expect(run(['decode', 'a.har', '--nope'], bad.io)).toBe(EXIT_USAGE);
    expect(bad.err.join('')).toMatch(/unknown option: --nope[\s\S]*Usage:/);
    const help = fakeIo({});
    expect(run(['--help'], help.io)).toBe(EXIT_OK);
    expect(help.out.join('')).toMatch(/^Usage:/);
    expect(help.err).toEqual([]);
  });
});

describe('fileErrorReason', () => {
  it('names common file-system errors briefly and keeps the first line of others', () => {
    expect(fileErrorReason({ code: 'EISDIR' })).toBe('is a directory');
    expect(fileErrorReason({ code: 'EACCES' })).toBe('permission denied');
    expect(fileErrorReason(new Error('first\nsecond'))).toBe('first');
    expect(fileErrorReason(null)).toBe('unreadable');
  });
});
