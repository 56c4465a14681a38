import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { decode } from '../src/core/decode';
import { draftFromOpenApi } from '../src/core/pack/openapi/fromOpenApi';
import { readUserPack, userPackSet } from '../src/core/pack/userPacks';
import { exchange } from './helpers/exchange';
import { ROOT, runCli } from './helpers/cliRun';

// Absolute paths, not process.chdir(): worker threads (Stryker's pool) cannot change directory,
// and a file that fails to load leaves the OpenAPI reader without a single covering test.
const SMALL = join(ROOT, 'test/fixtures/openapi/small.yaml');
const GITHUB = join(ROOT, 'test/fixtures/openapi/github-errors.json');

function draftOf(file: string, ...args: string[]) {
  const run = runCli('pack', 'from-openapi', file, ...args);
  expect(run.code).toBe(0);
  return { pack: JSON.parse(run.stdout) as Record<string, unknown>, notes: run.stderr };
}

describe('pack from-openapi on a small spec of our own (YAML, 3.1)', () => {
  it('finds the envelope, the statuses and the code enum, and the draft is a valid pack', () => {
    const { pack, notes } = draftOf(SMALL);
    expect(pack).toMatchObject({
      id: 'shop-orders-api',
      version: '1.4.0',
      hosts: ['api.shop.example'],
      envelope: {
        code: '/error/code',
        message: '/error/message',
        fieldErrors: {
          path: '/error/violations',
          shape: 'list',
          field: '/field',
          message: '/message',
        },
      },
    });
    expect(Object.keys(pack['codes'] as object)).toEqual([
      'ORDER_INVALID',
      'ORDER_DUPLICATE',
      'ORDER_NOT_FOUND',
    ]);
    const statuses = pack['statuses'] as Record<string, { title: string; retry: object }>;
    expect(Object.keys(statuses)).toEqual(['400', '404', '409', '5xx']);
    expect(statuses['409']?.title).toBe('An order with this key exists already.');
    expect(statuses['5xx']?.retry).toEqual({ advice: 'backoff', documented: false });
    expect(notes).not.toContain('not yet valid');

    const read = readUserPack(pack);
    if (!read.ok) throw new Error(read.lines.join('\n'));
    const decoded = decode(
      exchange({
        url: 'https://api.shop.example/v1/orders',
        status: 409,
        json: { error: { code: 'ORDER_DUPLICATE', message: 'key k1 used' } },
      }),
      { packs: userPackSet([read.format]) },
    );
    expect(decoded).toMatchObject({
      format: 'shop-orders-api',
      code: 'ORDER_DUPLICATE',
      known: true,
    });
  });

  it('takes --host and --id, and refuses a file that is neither JSON nor YAML', () => {
    const { pack } = draftOf(SMALL, '--host', 'orders.example', '--id', 'orders');
    expect(pack).toMatchObject({ id: 'orders', hosts: ['orders.example'] });
    expect(parseArgs(['pack', 'from-openapi'])).toMatchObject({ kind: 'usage-error' });
    const bad = runCli('pack', 'from-openapi', join(ROOT, 'test/fixtures/not-json.txt'));
    expect(bad.code).toBe(2);
    expect(runCli('pack', 'from-openapi', 'nope.yaml').stderr).toContain('no such file');
  });

  it('gives a mostly empty draft, never a crash, for what is not OpenAPI', () => {
    for (const spec of [
      null,
      42,
      [],
      { openapi: '2.0' },
      { paths: { '/x': { get: { responses: { 500: { $ref: '#/a/b' } } } } } },
    ]) {
      const draft = draftFromOpenApi(spec);
      expect(readUserPack(draft.pack).ok).toBe(true);
    }
    const loop = {
      openapi: '3.0.0',
      paths: { '/x': { get: { responses: { 500: { $ref: '#/paths/~1x/get/responses/500' } } } } },
    };
    expect(draftFromOpenApi(loop).notes[0]).toContain('no error response');
  });
});

describe("pack from-openapi on GitHub's REST description (@octokit/openapi, trimmed)", () => {
  it('drafts the message envelope, validation field errors and documented statuses', () => {
    const { pack, notes } = draftOf(GITHUB);
    expect(pack).toMatchObject({
      hosts: ['api.github.com'],
      envelope: {
        message: '/message',
        fieldErrors: { path: '/errors', field: '/field', message: '/message' },
      },
    });
    expect(pack['envelope'] as object).not.toHaveProperty('code');
    expect(notes).toContain('no code property found');
    const statuses = pack['statuses'] as Record<string, { title: string }>;
    expect(statuses['404']?.title).toBe('Resource not found');
    expect(statuses['422']?.title).toBe('Validation failed, or the endpoint has been spammed.');
    expect(Object.keys(statuses)).toEqual(expect.arrayContaining(['401', '403', '409', '503']));
    const read = readUserPack(pack);
    if (!read.ok) throw new Error(read.lines.join('\n'));
    const decoded = decode(
      exchange({
        url: 'https://api.github.com/repos/o/r/issues',
        status: 422,
        json: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
          documentation_url: 'https://docs.github.com/rest',
        },
      }),
      { packs: userPackSet([read.format]) },
    );
    expect(decoded?.format).toBe(read.format.id);
    expect(decoded?.title.en).toBe('Validation failed, or the endpoint has been spammed.');
    // The field error has no message member: its field is still listed, with no text.
    expect(decoded?.message).toBe('Validation Failed');
  });
});
