import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cliRun';

// HAR entries a fuzz run found misread: no startedDateTime, and a status JSON makes Infinity.

function harFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'aed-time-')), 'x.har');
  writeFileSync(file, text);
  return file;
}

const entry = (extra: string) =>
  `{${extra}"request":{"method":"GET","url":"https://api.example.com/x"},` +
  `"response":{"status":500,"content":{"mimeType":"application/json",` +
  `"text":"{\\"ok\\":false,\\"error\\":{\\"code\\":\\"x\\"}}"}}}`;

describe('HAR entries of unknown time', { timeout: 30_000 }, () => {
  it('audits no retry between two entries without startedDateTime', () => {
    const file = harFile(`{"log":{"entries":[${entry('')},${entry('')}]}}`);
    const { code, stdout } = runCli('check', file, '--fail-on', 'violation', '--format', 'json');
    // Both started "at 0": the second was flagged as a retry sent too early.
    expect(stdout).not.toContain('retried-too-early');
    expect(code).toBe(0);
  });

  it('still audits entries whose time is known', () => {
    const at = (s: number) => `"startedDateTime":"2026-06-23T10:00:0${s}.000Z","time":100,`;
    const file = harFile(`{"log":{"entries":[${entry(at(0))},${entry(at(1))}]}}`);
    const { stdout } = runCli('check', file, '--fail-on', 'violation', '--format', 'json');
    expect(stdout).toContain('retried-too-early');
  });
});

describe('a HAR status that JSON reads as Infinity', { timeout: 30_000 }, () => {
  it('is an invalid entry, not a request with no response', () => {
    const file = harFile(
      '{"log":{"entries":[{"startedDateTime":"2026-06-23T10:00:00.000Z","request":' +
        '{"method":"GET","url":"https://api.example.com/x"},"response":{"status":1e400,' +
        '"content":{"mimeType":"application/json","text":"{}"}}}]}}',
    );
    const { stdout, stderr } = runCli('decode', file, '--json');
    expect(stdout).not.toContain('"network"');
    expect(stderr).toMatch(/invalid/i);
  });
});
