import { describe, expect, it } from 'vitest';
import { EXIT_OK, run, type CliIo } from './run';

const ESC = '\u001b';
// Sets the window title, writes the clipboard (OSC 52), and a one-character CSI.
const HOSTILE = `${ESC}]0;pwned\u0007${ESC}]52;c;cm0gLXJmIH4=\u0007\u009b31m\r`;

function harWith(field: string): string {
  return JSON.stringify({
    log: {
      entries: [
        {
          startedDateTime: '2026-06-23T10:00:00.000Z',
          request: {
            method: `GET${field}`,
            url: `https://api.example.com/x${field}?q=${field}`,
            headers: [{ name: `X-Note${field}`, value: field }],
            postData: { text: `a=${field}` },
          },
          response: {
            status: 400,
            headers: [{ name: 'X-Request-Id', value: `req${field}` }],
            content: {
              mimeType: 'application/json',
              text: JSON.stringify({
                ok: false,
                error: { code: `c${field}`, message: `m${field}` },
              }),
            },
          },
        },
      ],
    },
  });
}

function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: () => harWith(HOSTILE),
  };
  const code = run(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

/** No C0 control but the line feed, no DEL, no C1 control. */
function expectTerminalSafe(text: string): void {
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = (code < 0x20 && ch !== '\n') || (code >= 0x7f && code <= 0x9f);
    expect(control, `raw U+${code.toString(16).padStart(4, '0')} in:\n${text}`).toBe(false);
  }
}

describe('every output of the command line is safe for a terminal', () => {
  it.each([
    ['report', ['report', '--entry', '0', 'x.har']],
    ['report --curl', ['report', '--entry', '0', '--curl', 'x.har']],
    ['decode', ['decode', 'x.har']],
    ['decode --json', ['decode', '--json', 'x.har']],
  ])('%s', (_name, args) => {
    const { code, out, err } = runCli(args);
    expect(code).toBe(EXIT_OK);
    expect(out.length).toBeGreaterThan(0);
    expectTerminalSafe(out);
    expectTerminalSafe(err);
  });

  it('keeps --json valid, with the same values', () => {
    const { out } = runCli(['decode', '--json', 'x.har']);
    const parsed = JSON.parse(out) as { errors: { code: string }[] };
    expect(parsed.errors[0]?.code).toBe(`c${HOSTILE}`);
  });

  it('keeps the Markdown report one field per line, each in one code span', () => {
    const { out } = runCli(['report', '--entry', '0', 'x.har']);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('- **'))).toHaveLength(10);
    expect(out).toContain('\\x1b]0;pwned\\x07');
  });
});
