import { readFileSync } from 'node:fs';
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

// diff's base: the same page with no entries, so that NEW's error is new.
const EMPTY_HAR = JSON.stringify({ log: { entries: [] } });

function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => (path === 'base.har' ? EMPTY_HAR : harWith(HOSTILE)),
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
    ...['table', 'json', 'markdown', 'junit'].map((f) => [
      `check --format ${f}`,
      ['check', '--fail-on', 'none', '--format', f, 'x.har'],
    ]),
    ['diff', ['diff', 'base.har', 'x.har']],
    ['diff --json', ['diff', '--json', 'base.har', 'x.har']],
  ])('%s', (_name, args) => {
    const { code, out, err } = runCli(args as string[]);
    // diff exits 1 when something is new, as it is here.
    expect(code).toBe(args[0] === 'diff' ? 1 : EXIT_OK);
    expect(out.length).toBeGreaterThan(0);
    expectTerminalSafe(out);
    expectTerminalSafe(err);
  });

  it('keeps --json valid, with the same values', () => {
    const { out } = runCli(['decode', '--json', 'x.har']);
    const parsed = JSON.parse(out) as { errors: { code: string }[] };
    expect(parsed.errors[0]?.code).toBe(`c${HOSTILE}`);
  });

  // The terminal guard spelled DEL and C1 `\xNN` inside their JSON strings: no JSON escape.
  it('keeps check --format json and diff --json valid, with the same values', () => {
    const check = JSON.parse(runCli(['check', '--format', 'json', 'x.har']).out) as {
      files: { errors: { message: string }[] }[];
    };
    expect(check.files[0]?.errors[0]?.message).toBe(`m${HOSTILE}`);
    const diff = JSON.parse(runCli(['diff', '--json', 'base.har', 'x.har']).out) as {
      newErrors: { code: string }[];
    };
    expect(diff.newErrors[0]?.code).toBe(`c${HOSTILE}`);
  });

  it('keeps pack list --json valid when a pack names itself with controls', () => {
    const pack = JSON.parse(readFileSync('demo/packs/acme-billing.json', 'utf8')) as object;
    const out: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: () => undefined,
      readFile: () => JSON.stringify({ ...pack, name: `Acme${HOSTILE}` }),
    };
    expect(run(['pack', 'list', '--pack', 'p.json', '--json'], io)).toBe(EXIT_OK);
    expectTerminalSafe(out.join(''));
    const { packs } = JSON.parse(out.join('')) as { packs: { name: { en: string } }[] };
    expect(packs[0]?.name.en).toBe(`Acme${HOSTILE}`);
  });

  it('keeps the Markdown report one field per line, each in one code span', () => {
    const { out } = runCli(['report', '--entry', '0', 'x.har']);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('- **'))).toHaveLength(10);
    expect(out).toContain('\\x1b]0;pwned\\x07');
  });
});
