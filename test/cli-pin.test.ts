import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';

// Two hosts answer with one body that both state-meta and numeric-code recognize.
const AMBIGUOUS = 'test/fixtures/ambiguous.har';

/** The CLI run in this process: the entry point's own test spawns it (cli.test.ts). */
const cli = runCli;

function formats(...args: string[]): [string, string, unknown][] {
  const { code, stdout, stderr } = cli('decode', AMBIGUOUS, '--json', ...args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const { errors } = JSON.parse(stdout) as {
    errors: { url: string; format: string; code: unknown }[];
  };
  return errors.map((e) => [new URL(e.url).host, e.format, e.code]);
}

describe('api-error-decoder decode --pin', { timeout: 30_000 }, () => {
  it('decodes by specificity without a pin', () => {
    expect(formats()).toEqual([
      ['legacy.example.com', 'state-meta', 1001],
      ['api.example.org', 'state-meta', 1001],
    ]);
  });

  it('decodes a pinned host as its format first, by exact host or domain: pattern', () => {
    expect(formats('--pin', 'legacy.example.com=numeric-code')).toEqual([
      ['legacy.example.com', 'numeric-code', 1001],
      ['api.example.org', 'state-meta', 1001],
    ]);
    expect(formats('--pin=*.example.*=numeric-code')).toEqual([
      ['legacy.example.com', 'numeric-code', 1001],
      ['api.example.org', 'numeric-code', 1001],
    ]);
  });

  it('lets the last matching pin win, and works with --host and the table', () => {
    expect(
      formats('--pin', '*.example.*=numeric-code', '--pin', 'api.example.org=state-meta'),
    ).toEqual([
      ['legacy.example.com', 'numeric-code', 1001],
      ['api.example.org', 'state-meta', 1001],
    ]);
    const { code, stdout } = cli(
      'decode',
      AMBIGUOUS,
      '--host',
      'legacy.example.com',
      '--pin',
      'legacy.example.com=numeric-code',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('numeric-code');
    expect(stdout).not.toContain('state-meta');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 error in 2 entries (1 matching --host)');
  });

  it.each([
    [['--pin', 'legacy.example.com=soap'], '--pin: unknown format "soap"; known formats: '],
    [['--pin', 'legacy.example.com'], '--pin needs HOST=FORMAT, got: legacy.example.com'],
    [['--pin'], '--pin needs a value'],
  ])('rejects %j with a usage error, exit code 2', (args, message) => {
    const { code, stdout, stderr } = cli('decode', AMBIGUOUS, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`api-error-decoder: ${message}`);
    expect(stderr).toContain('--pin HOST=FORMAT');
  });
});
