import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHar } from '../src/cli/decodeCommand';
import { toJson } from '../src/cli/decodeJson';
import { runCli } from './helpers/cliRun';

const dir = mkdtempSync(join(tmpdir(), 'aed-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A HAR of several 1 MB read chunks, with escapes and non-ASCII text across their edges. */
function bigHar(): string {
  const entries = Array.from({ length: 600 }, (_, i) => {
    const error = i % 7 === 0;
    const text = error
      ? JSON.stringify({ ok: false, error: { code: 'provider_error', message: `é "${i}" \\` } })
      : JSON.stringify({
          ok: true,
          data: { note: 'ü\\"}]'.repeat(i % 50), pad: 'x'.repeat(i * 20) },
        });
    return {
      startedDateTime: new Date(Date.UTC(2026, 5, 23, 10, 0, 0, i * 1000)).toISOString(),
      time: 20,
      request: { method: 'GET', url: `https://api.example.com/v1/items/${i}` },
      response: { status: error ? 502 : 200, content: { mimeType: 'application/json', text } },
    };
  });
  // Pretty-printed, as browsers save HARs: whitespace between every token.
  return JSON.stringify({ log: { version: '1.2', entries } }, null, 1);
}

describe('the CLI reading real files in chunks', () => {
  it('decodes a multi-megabyte HAR exactly as reading it whole does', () => {
    const text = bigHar();
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    const file = join(dir, 'big.har');
    writeFileSync(file, `\uFEFF${text}`);
    const { code, stdout } = runCli('decode', file, '--json');
    expect(code).toBe(0);
    expect(stdout).toBe(toJson(decodeHar(text, { lang: 'en', hosts: [] })));
    expect((JSON.parse(stdout) as { errors: unknown[] }).errors).toHaveLength(86);
  });
});
