import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cliRun';

/*
 * What a user of the library gets: `npm pack` (which builds it), then an install of that
 * tarball into an empty project, offline, with a registry that cannot be reached.
 */
let dir = '';
let app = '';

function sh(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const out = { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
  if (out.code !== 0 && options.stdio === undefined) {
    throw new Error(`${command} ${args.join(' ')} exited ${out.code}:\n${out.stderr}`);
  }
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aed-package-'));
  const packed = sh('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT });
  const tarball = join(dir, packed.stdout.trim().split('\n').at(-1) ?? '');
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module' }),
  );
  sh(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--registry=http://127.0.0.1:9/',
      `--cache=${join(dir, 'npm-cache')}`,
      tarball,
    ],
    { cwd: app },
  );
  copyFileSync(join(ROOT, 'test/fixtures/sample.har'), join(app, 'sample.har'));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed library', { timeout: 120_000 }, () => {
  it('installs alone: nothing that only the extension needs comes with it', () => {
    const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['api-error-decoder']);
    const tree = sh('npm', ['ls', '--all', '--offline'], { cwd: app }).stdout;
    expect(tree).toMatch(/^app@ .*\n└── api-error-decoder@\d+\.\d+\.\d+\b/);
    expect(tree.trim().split('\n')).toHaveLength(2);
  });

  it('is imported without side effects and decodes an exchange and a HAR', () => {
    const script = `
      const globals = new Set(Object.getOwnPropertyNames(globalThis));
      const events = process.eventNames().length;
      const lib = await import('api-error-decoder');
      const { readFileSync } = await import('node:fs');
      const decoded = lib.decode({
        url: 'https://api.example.com/v1/proxies',
        status: 502,
        responseHeaders: { 'Content-Type': 'application/json' },
        body: '{"ok":false,"error":{"code":"provider_error","message":"upstream"}}',
      });
      const har = lib.decodeHar(readFileSync('sample.har', 'utf8'));
      let reason = null;
      try { lib.decodeHar('{"foo":1}'); } catch (e) { reason = e instanceof lib.HarError && e.reason; }
      console.log(JSON.stringify({
        newGlobals: Object.getOwnPropertyNames(globalThis).filter((n) => !globals.has(n)),
        newEvents: process.eventNames().length - events,
        exports: Object.keys(lib).sort(),
        decoded,
        har,
        reason,
        packs: lib.packs.map((p) => p.id),
      }));`;
    writeFileSync(join(app, 'use.mjs'), script);
    const result = JSON.parse(sh('node', ['use.mjs'], { cwd: app }).stdout) as Record<
      string,
      unknown
    >;
    expect(result['newGlobals']).toEqual([]);
    expect(result['newEvents']).toBe(0);
    expect(result['exports']).toEqual([
      'HarError',
      'decode',
      'decodeHar',
      'decodeHarStream',
      'loadPack',
      'packs',
    ]);
    expect(result['decoded']).toEqual({
      url: 'https://api.example.com/v1/proxies',
      method: 'GET',
      status: 502,
      format: 'ok-flag',
      code: 'provider_error',
      known: true,
      title: 'Temporary provider error',
      retry: {
        advice: 'wait',
        afterSeconds: 10,
        maxAttempts: 3,
        schedule: { kind: 'range', minSeconds: 10, maxSeconds: 30 },
        documented: true,
        warning: null,
        afterSource: 'documented',
      },
      requestId: null,
      message: 'upstream',
      meaning: 'The upstream provider failed temporarily.',
      action: 'Retry carefully: after 10–30 seconds, at most 3 attempts.',
      rateLimit: null,
      fieldErrors: [],
      notes: [],
    });
    // decodeHar gives exactly what the CLI's decode --json prints.
    const cli = JSON.parse(runCli('decode', 'test/fixtures/sample.har', '--json').stdout) as {
      errors: unknown[];
    };
    expect(result['har']).toEqual({ errors: cli.errors, entries: 8, matched: 8 });
    expect(result['reason']).toBe('not-har');
    expect(result['packs']).toEqual(expect.arrayContaining(['ok-flag', 'jsonrpc', 'graphql']));
  });

  it('holds its public types for a TypeScript project with Node16 resolution', () => {
    copyFileSync(join(ROOT, 'test/lib/usage.ts'), join(app, 'usage.ts'));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'node16',
          moduleResolution: 'node16',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['usage.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = sh(process.execPath, [tsc, '-p', 'tsconfig.json'], {
      cwd: app,
      stdio: 'pipe',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  // ESLint keeps Node and browser globals out of src/lib and src/core; this holds the bundle.
  it('bundles everything it needs and imports no module at all', () => {
    const lib = join(app, 'node_modules/api-error-decoder/dist/lib');
    for (const file of readdirSync(lib).filter((f) => f.endsWith('.js') && f !== 'cli.js')) {
      const code = readFileSync(join(lib, file), 'utf8');
      const imports = [...code.matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"/g)];
      expect(imports.map((m) => m[1] ?? m[2]).filter((s) => !s?.startsWith('./'))).toEqual([]);
    }
  });

  it('runs its CLI without the source or tsx', () => {
    const bin = join(app, 'node_modules/.bin/api-error-decoder');
    const result = sh(bin, ['check', 'sample.har', '--format', 'json'], {
      cwd: app,
      stdio: 'pipe',
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ failed: true, summary: { errors: 6 } });
    expect(readdirSync(join(app, 'node_modules/api-error-decoder')).sort()).toEqual([
      'README.md',
      'bin',
      'dist',
      'docs',
      'package.json',
    ]);
  });
});
