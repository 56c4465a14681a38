import { describe, expect, it } from 'vitest';
import { FORMATS } from '../formats/index';
import { MAX_PACK_CHARS } from './limits';
import { loadPack } from './loadPack';
import { builtinSummaries, readUserPack } from './userPacks';
import { validatePack } from './validate';
import { validPack } from '../../../test/helpers/validPack';

const PACK = validPack();

/** What JSON.parse says of a text, as this Node says it. */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

const refused = (input: unknown) => {
  const checked = validatePack(input);
  return checked.ok ? null : checked.problems;
};

describe('validatePack', () => {
  it('accepts a valid pack as a value, as text and as text with a byte order mark', () => {
    for (const input of [PACK, JSON.stringify(PACK), `\ufeff${JSON.stringify(PACK)}`]) {
      expect(validatePack(input)).toEqual({ ok: true, pack: PACK });
    }
  });

  it('refuses what is not JSON data', () => {
    expect(refused({ n: 1n })).toEqual([{ pointer: '', message: 'is not JSON data' }]);
    // JSON.stringify gives no text for undefined: it is read as an empty text.
    expect(refused(undefined)?.[0]?.message).toBe(`is not valid JSON (${jsonError('')})`);
    expect(refused('{')?.[0]?.message).toMatch(/^is not valid JSON \(.+\)$/);
    expect(refused('{')).toHaveLength(1);
  });

  it('refuses a text over the size limit, and takes one at it', () => {
    const padded = (length: number) => {
      const text = JSON.stringify({ ...PACK, source: '' });
      return text.replace('"source":""', `"source":"${'x'.repeat(length - text.length)}"`);
    };
    expect(refused(padded(MAX_PACK_CHARS + 1))).toEqual([
      { pointer: '', message: 'is larger than 2 MB' },
    ]);
    expect(refused(padded(MAX_PACK_CHARS))?.[0]?.pointer).toBe('/source');
  });

  it('refuses a pack nested too deep before the schema sees it', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(refused({ ...PACK, extra: deep })).toEqual([
      { pointer: '', message: 'is nested more than 32 levels deep' },
    ]);
  });

  it('reports schema problems before the semantic ones, and only them', () => {
    const both = { ...PACK, id: 'Bad', envelope: { match: [{ exists: true }] } };
    expect(refused(both)).toEqual([
      {
        pointer: '/id',
        message: 'must be lowercase letters, digits and "-", not starting with "-"',
      },
    ]);
    expect(refused({ ...both, id: 'p' })).toEqual([
      { pointer: '/envelope/match/0', message: '"exists" needs a "path" or a "header"' },
    ]);
  });
});

describe('loading packs', () => {
  it('compiles a valid pack for its origin and passes problems through', () => {
    const loaded = loadPack(PACK, 'builtin');
    expect(loaded.ok && [loaded.format.id, loaded.format.origin]).toEqual(['p', 'builtin']);
    expect(loadPack({ ...PACK, version: '' }, 'user')).toEqual({
      ok: false,
      problems: [{ pointer: '/version', message: 'must not be empty' }],
    });
  });

  it('reads a user pack with its summary, or its problems as lines', () => {
    const read = readUserPack(PACK);
    expect(read.ok && read.summary).toEqual({
      id: 'p',
      name: { en: 'P', ru: 'P' },
      version: '1.0.0',
      hosts: [],
      codeCount: 1,
      origin: 'user',
      source: '',
    });
    expect(readUserPack({ ...PACK, version: '' })).toEqual({
      ok: false,
      problems: [{ pointer: '/version', message: 'must not be empty' }],
      lines: ['/version: must not be empty'],
    });
  });

  it('summarizes every built-in pack', () => {
    const summaries = builtinSummaries();
    expect(summaries.map((s) => s.id)).toEqual(FORMATS.map((f) => f.id));
    expect(summaries.length).toBeGreaterThan(0);
    for (const [i, s] of summaries.entries()) {
      expect(s.origin).toBe('builtin');
      expect(s.codeCount).toBe(FORMATS[i]?.catalog.size);
    }
  });
});
