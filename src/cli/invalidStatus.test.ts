import { describe, expect, it } from 'vitest';
import { decode } from '../core/decode';
import { exchange } from '../../test/helpers/exchange';
import { EXIT_OK, EXIT_USAGE, run, type CliIo } from './run';

const HAR = JSON.stringify({
  log: {
    entries: [500.5, 99999999999, 0, 503].map((status) => ({
      request: { method: 'GET', url: 'https://api.example.com/x' },
      response: { status, content: { text: 'down' } },
    })),
  },
});

function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: () => HAR };
  return { code: run(args, io), out: out.join(''), err: err.join('') };
}

describe('statuses that are no HTTP status', () => {
  it('are no error to decode: only integers from 100 to 599 are statuses', () => {
    for (const status of [500.5, 99999999999, -500, 600, 99, NaN, Infinity]) {
      expect(decode(exchange({ status, body: 'x' })), String(status)).toBeNull();
    }
    // Status 0 is no invalid status: the request failed below HTTP (issue 12).
    expect(decode(exchange({ status: 0, body: '' }))?.format).toBe('network');
    expect(decode(exchange({ status: 599, body: 'x' }))?.status).toBe(599);
    expect(decode(exchange({ status: 400, body: 'x' }))?.status).toBe(400);
  });

  it('are reported as invalid entries by decode, apart from status 0 (a network row)', () => {
    const { code, out, err } = runCli(['decode', '--json', 'x.har']);
    expect(code).toBe(EXIT_OK);
    expect((JSON.parse(out) as { errors: { entry: number }[] }).errors.map((e) => e.entry)).toEqual(
      [2, 3],
    );
    expect(err).toBe(
      [
        'api-error-decoder: x.har: entry 0 is invalid: status 500.5 is not an HTTP status (an integer from 100 to 599)',
        'api-error-decoder: x.har: entry 1 is invalid: status 99999999999 is not an HTTP status (an integer from 100 to 599)',
        '',
      ].join('\n'),
    );
  });

  it('make report say the entry is invalid', () => {
    const { code, err } = runCli(['report', '--entry', '0', 'x.har']);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toContain('entry 0 is invalid: status 500.5 is not an HTTP status');
  });
});
