import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorFormat } from '../src/core/formats/format';
import { FORMATS } from '../src/core/formats/index';

const dir = join(import.meta.dirname, '../src/core/formats');

describe('the format registry checks itself', () => {
  it('registers every *.format.ts module, exactly once', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.format.ts'));
    const ids: string[] = [];
    for (const file of files) {
      const mod = (await import(join(dir, file))) as Record<string, ErrorFormat>;
      const formats = Object.values(mod).filter((v) => typeof v?.recognize === 'function');
      expect(formats, `${file} exports one format`).toHaveLength(1);
      ids.push(formats[0]?.id ?? '');
    }
    expect(FORMATS.map((f) => f.id).sort()).toEqual(ids.sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('orders formats by specificity, most specific first', () => {
    const s = FORMATS.map((f) => f.specificity);
    expect([...s].sort((a, b) => b - a)).toEqual(s);
  });

  it('has file names that match format ids', () => {
    for (const f of FORMATS) {
      expect(readdirSync(dir)).toContain(`${f.id}.format.ts`);
    }
  });
});
