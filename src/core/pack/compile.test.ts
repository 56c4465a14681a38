import { describe, expect, it } from 'vitest';
import { BODY_READERS } from './bodyReaders/index';
import { compilePack, DEFAULT_SPECIFICITY } from './compile';
import type { ErrorPack, PackEntry } from './packTypes';
import { BUILTIN_PACKS } from '../packs/index';
import { FORMATS } from '../formats/index';

const entry: PackEntry = { title: 'T', meaning: 'M', action: 'A', retry: { advice: 'no' } };

const bare: ErrorPack = {
  id: 'bare',
  name: 'Bare',
  version: '1',
  errorOn2xx: false,
  envelope: { match: [{ path: '/error', type: 'object' }], code: '/error/code' },
};

describe('compilePack', () => {
  it('gives an absent member its default, and a top-level test', () => {
    const format = compilePack(bare, 'user');
    expect(format).toMatchObject({
      id: 'bare',
      name: { en: 'Bare', ru: 'Bare' },
      source: '',
      version: '1',
      hosts: [],
      origin: 'user',
      specificity: DEFAULT_SPECIFICITY,
      errorOn2xx: false,
    });
    for (const key of [
      'bodyReader',
      'hasCatalog',
      'batchNote',
      'codeRanges',
      'undocumentedCode',
      'exampleCodes',
      'requestIdField',
      'checkFirst',
      'claims',
    ] as const)
      expect(format[key], key).toBeUndefined();
    expect(format.topLevel).toBeDefined();
    expect(Object.isFrozen(format)).toBe(true);
    expect(format.recognize({ error: { code: 'E' } })?.errors[0]?.code).toBe('E');
  });

  it('carries every member a pack states', () => {
    const exampleCodes = ['E1'];
    const format = compilePack(
      {
        ...bare,
        source: 'https://docs.example/errors',
        hosts: ['api.example.com'],
        specificity: 5,
        openCatalog: true,
        codes: { E1: entry },
        statuses: { '404': entry },
        ranges: [{ min: 1, max: 9, entry }],
        undocumentedCode: entry,
        exampleCodes,
        manyErrors: { en: '{count} errors', ru: '{count} ошибок' },
        checkFirst: { methods: ['post', 'Put'], warning: 'Check' },
      },
      'builtin',
    );
    expect(format).toMatchObject({
      source: 'https://docs.example/errors',
      hosts: ['api.example.com'],
      origin: 'builtin',
      specificity: 5,
      hasCatalog: false,
      undocumentedCode: { title: { en: 'T', ru: 'T' } },
      exampleCodes: ['E1'],
      checkFirst: { methods: ['POST', 'PUT'], warning: { en: 'Check', ru: 'Check' } },
    });
    expect(format.exampleCodes).not.toBe(exampleCodes);
    expect(format.catalog.get('E1')?.title.en).toBe('T');
    expect(format.statuses.get('404')?.title.en).toBe('T');
    expect(format.codeRanges?.[0]?.max).toBe(9);
    expect(format.batchNote?.(3)).toEqual({ en: '3 errors', ru: '3 ошибок' });
    expect(compilePack({ ...bare, specificity: 0 }, 'user').specificity).toBe(0);
    expect(compilePack({ ...bare, openCatalog: false }, 'user').hasCatalog).toBeUndefined();
  });

  it.each<[ErrorPack['envelope']['requestId'], string | undefined]>([
    ['/meta/request_id', 'meta.request_id'],
    [['header:x-request-id', '', '/request_id'], 'request_id'],
    ['header:x-request-id', undefined],
    ['', undefined],
  ])('names the request id field of %j as %j', (requestId, field) => {
    const format = compilePack({ ...bare, envelope: { ...bare.envelope, requestId } }, 'user');
    expect(format.requestIdField).toBe(field);
  });

  it('runs no top-level test on a body a reader reads, and lets a batch’s arrays through', () => {
    const xml = compilePack({ ...bare, bodyReader: 'xml' }, 'user');
    expect(xml.bodyReader).toBe(BODY_READERS.get('xml'));
    expect(xml.topLevel).toBeUndefined();
    const batch = compilePack({ ...bare, behaviours: ['jsonrpc-batch'] }, 'user');
    expect(batch.topLevel?.arrays).toBe(true);
    expect(compilePack(bare, 'user').topLevel?.arrays).toBe(false);
    const details = compilePack({ ...bare, behaviours: ['problem-details', 'nope'] }, 'user');
    expect(details.topLevel).toBeDefined();
  });

  it('uses a built-in pack’s generated claim in place of a top-level test', () => {
    const slack = compilePack(BUILTIN_PACKS['slack.json'] as ErrorPack, 'builtin');
    expect(slack.claims).toBeDefined();
    expect(slack.topLevel).toBeUndefined();
    expect(slack.requestIdField).toBeUndefined();
  });
});

describe('silentOn2xx', () => {
  it('marks a pack with neither errors under 2xx nor a success shape, and only that one', () => {
    expect(compilePack(bare, 'user').silentOn2xx).toBe(true);
    expect(compilePack({ ...bare, errorOn2xx: true }, 'user').silentOn2xx).toBeUndefined();
    const withSuccess: ErrorPack = {
      ...bare,
      envelope: { ...bare.envelope, success: [{ path: '/error', equals: null }] },
    };
    expect(compilePack(withSuccess, 'user').silentOn2xx).toBeUndefined();
    const silent = FORMATS.filter((f) => f.silentOn2xx === true).map((f) => f.id);
    expect(silent).toContain('google-rpc');
    expect(silent).not.toContain('state-meta'); // its success shape ends a 2xx body's search
    expect(silent).not.toContain('slack');
  });
});
