import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/core/decode';
import { decodeHarEntries } from '../src/core/har/importHar';
import { compileHostPattern } from '../src/core/filter/hostPattern';
import { readUserPack, userPackSet } from '../src/core/pack/userPacks';
import type { ErrorFormat } from '../src/core/formats/format';
import { exchange } from './helpers/exchange';

const ACME = readFileSync(join(import.meta.dirname, '../demo/packs/acme-billing.json'), 'utf8');
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures/packs', name), 'utf8');

/** A small valid pack recognizing `{"fault": {...}}` bodies, with one code. */
function pack(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: id,
    version: '1.0.0',
    errorOn2xx: false,
    envelope: {
      match: [{ path: '/fault', type: 'object' }],
      code: '/fault/reason',
      message: '/fault/text',
    },
    codes: {
      BOOM: { title, meaning: 'm', action: 'a', retry: { advice: 'no' } },
    },
    ...extra,
  };
}

function compiled(input: unknown): ErrorFormat {
  const read = readUserPack(input);
  if (!read.ok) throw new Error(read.lines.join('\n'));
  return read.format;
}

const fault = { fault: { reason: 'BOOM', text: 'it broke' } };
const at = (host: string, json: unknown = fault) =>
  exchange({ url: `https://${host}/v1/x`, status: 400, json });

describe('a user pack', () => {
  it('is summarized with its id, version, hosts and code count', () => {
    const read = readUserPack(ACME);
    expect(read.ok && read.summary).toMatchObject({
      id: 'acme-billing',
      version: '2.1.0',
      hosts: ['billing.acme.example', 'localhost', '127.0.0.1'],
      codeCount: 3,
      origin: 'user',
    });
  });

  it('decodes an envelope no built-in knows, with its code, title and retry rule', () => {
    const packs = userPackSet([compiled(ACME)]);
    const body = { fault: { reason: 'LEDGER_BUSY', text: 'locked' }, trace: 't-1' };
    expect(decode(at('billing.acme.example', body))?.format).toBe('http');
    const decoded = decode(
      exchange({ url: 'https://billing.acme.example/inv', status: 503, json: body }),
      { packs },
    );
    expect(decoded).toMatchObject({
      format: 'acme-billing',
      code: 'LEDGER_BUSY',
      known: true,
      message: 'locked',
      requestId: 't-1',
      title: { en: 'Ledger busy', ru: 'Ledger busy' },
    });
    expect(decoded?.retry.advice).toBe('backoff');
  });

  it('is refused whole, with every problem as "JSON Pointer: message"', () => {
    const read = readUserPack(fixture('invalid.json'));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.lines).toEqual([
      '/id: must be lowercase letters, digits and "-", not starting with "-"',
      '/errorOn2xx: must be true or false',
      '/envelope/match/0/path: must be a JSON Pointer such as /error/code ("" is the whole body)',
      '/codes/E42/retry/advice: must be one of no, after-auth, wait, backoff, check-first',
    ]);
    expect('format' in read).toBe(false);
  });

  it('is refused when it is not JSON, or names code it cannot bring', () => {
    const notJson = readUserPack('{"id": ');
    expect(!notJson.ok && notJson.lines[0]).toMatch(/^\(root\): is not valid JSON/);
    const script = readUserPack(pack('x', 't', { behaviours: ['eval'], script: 'alert(1)' }));
    expect(!script.ok && script.lines).toEqual([
      '/behaviours/0: must be one of jsonrpc-batch, graphql-partial-data, problem-details, ' +
        'google-rpc-details, google-legacy-code, connect-error',
      '/script: is not a member the pack format knows',
    ]);
  });

  it('keeps a code named __proto__ as a plain catalog key', () => {
    const p = pack('proto', 't');
    const codes = JSON.parse(
      '{"__proto__": {"title": "P", "meaning": "m", "action": "a", "retry": {"advice": "no"}}}',
    );
    const packs = userPackSet([compiled({ ...p, codes })]);
    const body = { fault: { reason: '__proto__', text: 'x' } };
    expect(decode(at('a.example', body), { packs })?.title.en).toBe('P');
  });
});

describe('pack precedence for a host', () => {
  it('tries packs scoped to the host before unscoped ones', () => {
    const packs = userPackSet([
      compiled(pack('anywhere', 'Unscoped')),
      compiled(pack('ours', 'Scoped', { hosts: ['api.ours.example'] })),
    ]);
    expect(decode(at('api.ours.example'), { packs })?.format).toBe('ours');
    expect(decode(at('api.other.example'), { packs })?.format).toBe('anywhere');
  });

  it('tries user packs before built-ins that claim the same body', () => {
    const okFalse = { ok: false, error: { code: 'BOOM' } };
    const mine = pack('mine', 'Mine', {
      envelope: { match: [{ path: '/ok', equals: false }], code: '/error/code' },
    });
    expect(decode(at('a.example', okFalse))?.format).toBe('ok-flag');
    const packs = userPackSet([compiled(mine)]);
    expect(decode(at('a.example', okFalse), { packs })).toMatchObject({
      format: 'mine',
      title: { en: 'Mine' },
    });
  });

  it('lets a user pack with a built-in id override it for its hosts only', () => {
    const okFalse = { ok: false, error: { code: 'BOOM' } };
    const override = pack('ok-flag', 'Our ok-flag', {
      hosts: ['*.ours.example'],
      errorOn2xx: true,
      envelope: { match: [{ path: '/ok', equals: false }], code: '/error/code' },
    });
    const packs = userPackSet([compiled(override)]);
    expect(decode(at('api.ours.example', okFalse), { packs })?.title.en).toBe('Our ok-flag');
    const elsewhere = decode(at('api.theirs.example', okFalse), { packs });
    expect(elsewhere?.format).toBe('ok-flag');
    expect(elsewhere?.title.en).not.toBe('Our ok-flag');
  });

  it('keeps the later of two user packs with one id', () => {
    const packs = userPackSet([compiled(pack('p', 'Old')), compiled(pack('p', 'New'))]);
    expect(decode(at('a.example'), { packs })?.title.en).toBe('New');
    expect(packs.formats.filter((f) => f.id === 'p')).toHaveLength(1);
  });
});

describe('patterns from packs run in linear time', () => {
  // Each would take hours with a backtracking RegExp; the test's timeout catches a regression.
  it('matches a hostile host glob without backtracking', { timeout: 2000 }, () => {
    const glob = `${'*a'.repeat(60)}*b`;
    const matches = compileHostPattern(glob);
    expect(matches(`https://${'a'.repeat(200)}.example/`)).toBe(false);
    expect(matches(`https://${'a'.repeat(60)}b/`)).toBe(true);
  });

  it('validates a hostile pointer without backtracking', { timeout: 2000 }, () => {
    const hostile = pack('h', 't', {
      envelope: { match: [{ path: `${'/'.repeat(400)}~2`, exists: true }] },
    });
    const read = readUserPack(hostile);
    expect(!read.ok && read.lines[0]).toMatch(
      /^\/envelope\/match\/0\/path: must be a JSON Pointer/,
    );
  });
});

describe('the packs documentation', () => {
  it("holds valid packs: the README's ten-line example and docs/error-packs.md's", () => {
    const root = join(import.meta.dirname, '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Error packs'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(example.trim().split('\n')).toHaveLength(8);
    const read = readUserPack(example);
    expect(read.ok ? read.summary.id : read.lines).toBe('acme-billing');
    const docs = readFileSync(join(root, 'docs/error-packs.md'), 'utf8');
    const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const full = blocks.find((b) => b.includes('"id": "acme-billing"')) ?? '';
    const fromDocs = readUserPack(full);
    expect(fromDocs.ok ? fromDocs.summary.codeCount : fromDocs.lines).toBe(2);
  });
});

describe('a HAR imported into the panel', () => {
  it("is decoded with the user's enabled packs, given as text to the worker", () => {
    const har = readFileSync(join(import.meta.dirname, 'fixtures/acme.har'), 'utf8');
    const entries = (JSON.parse(har) as { log: { entries: unknown[] } }).log.entries;
    const base = { bodyLimit: 1e6, pins: {}, firstId: -1 };
    const steps = (options: typeof base & { userPacks?: string[] }) =>
      [...decodeHarEntries(entries, options)].flatMap((s) => s.errors.map((e) => e.decoded.format));
    expect(steps(base)).toEqual(['http', 'http']);
    expect(steps({ ...base, userPacks: [ACME, '{"broken"'] })).toEqual(['acme-billing', 'http']);
  });
});
