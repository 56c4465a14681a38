import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/core/formats/index';
import { formatProblem } from '../src/core/pack/problems';
import { validatePack } from '../src/core/pack/validate';
import { BUILTIN_PACKS } from '../src/core/packs/index';

const dir = join(import.meta.dirname, '../src/core/packs');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the built-in pack registry checks itself', () => {
  it('registers every pack file in src/core/packs, exactly once', () => {
    expect(Object.keys(BUILTIN_PACKS).sort()).toEqual([...files].sort());
    expect(FORMATS).toHaveLength(files.length);
  });

  it.each(files)('%s is a valid pack named after its id', (file) => {
    const checked = validatePack(readFileSync(join(dir, file), 'utf8'));
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.ok && `${checked.pack.id}.json`).toBe(file);
  });

  it('gives each format a distinct id', () => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('orders formats by specificity, most specific first', () => {
    const s = FORMATS.map((f) => f.specificity);
    expect([...s].sort((a, b) => b - a)).toEqual(s);
  });
});
