import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { ROOT, runCli, spawnCli } from './helpers/cliRun';

const ACME = 'demo/packs/acme-billing.json';
const INVALID = 'test/fixtures/packs/invalid.json';
const HAR = 'test/fixtures/acme.har';

process.chdir(ROOT);

describe('decode --pack', () => {
  it("decodes an envelope no built-in knows with the pack, only on the pack's hosts", () => {
    const without = JSON.parse(runCli('decode', HAR, '--json').stdout) as {
      errors: { format: string }[];
    };
    expect(without.errors.map((e) => e.format)).toEqual(['http', 'http']);
    const run = runCli('decode', HAR, '--json', '--pack', ACME);
    expect(run.code).toBe(0);
    const { errors } = JSON.parse(run.stdout) as {
      errors: { format: string; code: string; title: string; requestId: string }[];
    };
    expect(errors[0]).toMatchObject({
      format: 'acme-billing',
      code: 'QUOTA_EXHAUSTED',
      title: 'Monthly quota exhausted',
      requestId: 'tr-77',
    });
    // other.example is not among the pack's hosts.
    expect(errors[1]?.format).toBe('http');
  });

  it('is repeatable, and refuses the run with every problem when a pack is invalid', () => {
    expect(parseArgs(['decode', HAR, '--pack', 'a.json', '--pack=b.json'])).toMatchObject({
      kind: 'decode',
      args: { packs: ['a.json', 'b.json'] },
    });
    const run = runCli('decode', HAR, '--pack', ACME, '--pack', INVALID);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `${INVALID}: /codes/E42/retry/advice: must be one of no, after-auth, wait, backoff, check-first`,
    );
    expect(runCli('decode', HAR, '--pack', 'no/such.json').stderr).toContain(
      'no/such.json: no such file',
    );
  });
});

describe('--pin with a user pack', () => {
  it("pins a host to a pack given with --pack, and names the user's ids when a pin is unknown", () => {
    const formats = (...args: string[]) =>
      (
        JSON.parse(runCli('decode', HAR, '--json', ...args).stdout) as {
          errors: { format: string }[];
        }
      ).errors.map((e) => e.format);
    // other.example is not among the pack's hosts: only the pin brings the pack there.
    expect(formats('--pack', ACME)).toEqual(['acme-billing', 'http']);
    expect(formats('--pack', ACME, '--pin', 'other.example=acme-billing')).toEqual([
      'acme-billing',
      'acme-billing',
    ]);
    const unknown = runCli('decode', HAR, '--pack', ACME, '--pin', 'other.example=acme');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--pin: unknown format "acme"; known formats: .*acme-billing/);
    const without = runCli('check', HAR, '--pin', 'other.example=acme-billing');
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--pin: unknown format "acme-billing"');
  });
});

describe('check and diff --pack', () => {
  it('gate on the codes a user pack explains', () => {
    const codes = (stdout: string) =>
      (JSON.parse(stdout) as { groups: { format: string; code: string }[] }).groups.map(
        (g) => `${g.format} ${g.code}`,
      );
    const plain = runCli('check', HAR, '--format', 'json');
    expect(codes(plain.stdout)).not.toContain('acme-billing QUOTA_EXHAUSTED');
    const run = runCli('check', HAR, '--format', 'json', '--pack', ACME, '--fail-on', 'unknown');
    expect(codes(run.stdout)).toContain('acme-billing QUOTA_EXHAUSTED');
    // The pack documents QUOTA_EXHAUSTED, and other.example's 400 has no code to be unknown.
    expect(run.code).toBe(0);
    expect(runCli('check', HAR, '--pack', INVALID).code).toBe(2);
  });

  it('diff reads both files with the pack', () => {
    const news = (...args: string[]) =>
      (
        JSON.parse(
          runCli('diff', 'test/fixtures/diff-base.har', HAR, '--json', ...args).stdout,
        ) as {
          newErrors: { format: string; code: string }[];
        }
      ).newErrors.map((g) => `${g.format} ${g.code}`);
    expect(news()).not.toContain('acme-billing QUOTA_EXHAUSTED');
    expect(news('--pack', ACME)).toContain('acme-billing QUOTA_EXHAUSTED');
  });
});

describe('report --pack', () => {
  it('explains the entry with the pack', () => {
    expect(runCli('report', '--entry', '0', HAR).stdout).not.toContain('QUOTA_EXHAUSTED');
    const run = runCli('report', '--entry', '0', HAR, '--pack', ACME);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('QUOTA_EXHAUSTED');
    expect(run.stdout).toContain('tr-77');
  });
});

describe('pack validate', () => {
  it('exits 0 when every pack is valid', () => {
    const run = runCli('pack', 'validate', ACME, 'src/core/packs/jsonrpc.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${ACME}: valid (acme-billing 2.1.0, 3 codes)`);
    expect(run.stdout).toContain('2 of 2 packs valid');
  });

  it('prints every problem as FILE: JSON Pointer: message and exits 1', () => {
    const run = spawnCli('pack', 'validate', ACME, INVALID);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith(`${INVALID}:`))).toEqual([
      `${INVALID}: /id: must be lowercase letters, digits and "-", not starting with "-"`,
      `${INVALID}: /errorOn2xx: must be true or false`,
      `${INVALID}: /envelope/match/0/path: must be a JSON Pointer such as /error/code ("" is the whole body)`,
      `${INVALID}: /codes/E42/retry/advice: must be one of no, after-auth, wait, backoff, check-first`,
    ]);
    expect(run.stdout).toContain('1 of 2 packs valid');
  });

  it('counts an unreadable file as invalid, and needs a file', () => {
    expect(runCli('pack', 'validate', 'nope.json')).toMatchObject({ code: 1 });
    expect(runCli('pack', 'validate').code).toBe(2);
    expect(runCli('pack', 'frobnicate').stderr).toContain('unknown pack action: frobnicate');
  });
});

describe('pack list', () => {
  it('lists the built-in packs, and user packs first', () => {
    const builtins = runCli('pack', 'list');
    expect(builtins.code).toBe(0);
    expect(builtins.stdout).toMatch(/^ID\s+VERSION\s+ORIGIN\s+HOSTS\s+CODES\s+NAME/);
    expect(builtins.stdout).toMatch(/jsonrpc\s+1\.0\.0\s+builtin\s+\*\s+\d+/);
    const run = runCli('pack', 'list', '--pack', ACME, '--json');
    const { packs } = JSON.parse(run.stdout) as {
      packs: { id: string; origin: string; codeCount: number; hosts: string[] }[];
    };
    expect(packs[0]).toMatchObject({ id: 'acme-billing', origin: 'user', codeCount: 3 });
    expect(packs.filter((p) => p.origin === 'builtin').map((p) => p.id)).toContain('ok-flag');
  });
});
