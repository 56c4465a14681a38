import { describe, expect, it } from 'vitest';
import { USAGE } from './args';
import { EXIT_OK, EXIT_USAGE, run, type CliIo } from './run';

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
        startedDateTime: '2026-06-23T10:00:00.000Z',
        request: {
          method: 'GET',
          url: 'https://api.example.com/x?token=SEC1',
          headers: [{ name: 'Authorization', value: 'Bearer SEC2' }],
        },
        response: {
          status: 503,
          headers: [{ name: 'X-Request-Id', value: 'req-9' }],
          content: { text: '<html>down</html>' },
        },
      },
      {
        request: { method: 'POST', url: 'https://api.example.com/ok', postData: { text: 'a=1' } },
        response: { status: 200, content: { text: '{}' } },
      },
    ],
  },
});

describe('run report', () => {
  it('prints the support report of one entry, redacted', () => {
    const { io, out, err } = fakeIo({ 'a.har': HAR });
    expect(run(['report', '--entry', '0', 'a.har'], io)).toBe(EXIT_OK);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const report = out[0] ?? '';
    expect(report).toContain('`req-9`');
    expect(report).toContain('`https://api.example.com/x?token=[REDACTED]`');
    expect(report).toContain('`2026-06-23T10:00:00.000Z`');
    expect(report).toContain('`503`');
    expect(report).not.toMatch(/SEC1|SEC2/);
    expect(report.endsWith('\n')).toBe(true);
  });

  it('prints a cURL command with --curl, for any entry', () => {
    const { io, out } = fakeIo({ 'a.har': HAR });
    expect(run(['report', '--entry', '1', '--curl', 'a.har'], io)).toBe(EXIT_OK);
    expect(out.join('')).toBe(
      'curl \\\n  -X POST \\\n  --data-raw a=1 \\\n  -- https://api.example.com/ok\n',
    );
  });

  it('exits 2 with one line for an entry out of range or not an error', () => {
    for (const [entry, reason] of [
      ['2', 'a.har: entry 2 out of range (2 entries, from 0)'],
      ['1', 'a.har: entry 1 is not an error (HTTP 200)'],
    ] as const) {
      const { io, out, err } = fakeIo({ 'a.har': HAR });
      expect(run(['report', '--entry', entry, 'a.har'], io)).toBe(EXIT_USAGE);
      expect(out).toEqual([]);
      expect(err).toEqual([`api-error-decoder: ${reason}\n`]);
    }
  });

  it('exits 2 for a missing file, a file that is not HAR, and a bad command line', () => {
    const missing = fakeIo({});
    expect(run(['report', '--entry', '0', 'nope.har'], missing.io)).toBe(EXIT_USAGE);
    expect(missing.err).toEqual(['api-error-decoder: nope.har: no such file\n']);
    const notHar = fakeIo({ 'x.har': '{}' });
    expect(run(['report', '--entry', '0', 'x.har'], notHar.io)).toBe(EXIT_USAGE);
    expect(notHar.err[0]).toContain('not a HAR file');
    const bad = fakeIo({});
    expect(run(['report', 'a.har'], bad.io)).toBe(EXIT_USAGE);
    expect(bad.err[0]).toMatch(/^api-error-decoder: report needs --entry N\n/);
  });

  it('the usage text documents the command', () => {
    expect(USAGE).toContain('api-error-decoder report --entry N FILE.har [--lang en|ru] [--curl]');
  });
});
