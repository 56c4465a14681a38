import { describe, expect, it } from 'vitest';
import type { ErrorFormat } from './formats/format';
import { httpMeaning, statusEntry } from './statusMeaning';
import type { CatalogEntry } from './types';

const entry = (title: string): CatalogEntry => ({
  title: { en: title, ru: `${title} (рус.)` },
  meaning: { en: `${title} meaning`, ru: `${title} значение` },
  action: { en: 'act', ru: 'действуйте' },
  retry: { advice: 'no' },
});

/** A statuses catalog that counts its lookups. */
class CountingCatalog extends Map<string, CatalogEntry> {
  lookups = 0;
  override get(key: string): CatalogEntry | undefined {
    this.lookups++;
    return super.get(key);
  }
}

function format(statuses: CountingCatalog): ErrorFormat {
  return { statuses } as unknown as ErrorFormat;
}

describe('statusEntry: a format’s exact entry, else its range', () => {
  it('takes "404" before "4xx", and the range for other statuses of the class', () => {
    const notFound = entry('Not found');
    const client = entry('Client error');
    const f = format(
      new CountingCatalog([
        ['404', notFound],
        ['4xx', client],
      ]),
    );
    expect(statusEntry(f, 404)).toBe(notFound);
    expect(statusEntry(f, 409)).toBe(client);
    expect(statusEntry(f, 500)).toBeUndefined();
    expect(statusEntry(f, 0)).toBeUndefined();
  });

  it('reads statuses above the table too', () => {
    const f = format(new CountingCatalog([['7xx', entry('Odd')]]));
    expect(statusEntry(f, 700)?.title.en).toBe('Odd');
  });

  it('looks each status of a format up once, hits and misses alike', () => {
    const statuses = new CountingCatalog([['404', entry('Not found')]]);
    const f = format(statuses);
    for (const status of [404, 409, 0, 599]) {
      const first = statusEntry(f, status);
      const after = statuses.lookups;
      expect(statusEntry(f, status)).toBe(first);
      expect(statuses.lookups, `status ${status}`).toBe(after);
    }
  });
});

describe('httpMeaning', () => {
  it('joins status, title and meaning in both languages, once per status', () => {
    const e = entry('Not found');
    const meaning = httpMeaning(e, 404);
    expect(meaning).toEqual({
      en: 'HTTP 404 Not found: Not found meaning',
      ru: 'HTTP 404 Not found (рус.): Not found значение',
    });
    expect(httpMeaning(e, 404)).toBe(meaning);
    expect(httpMeaning(e, 410).en).toBe('HTTP 410 Not found: Not found meaning');
  });
});
