import { describe, expect, it } from 'vitest';
import { toCatalog, toEntry, toRange, toRetryRule, toText } from './entries';
import type { PackEntry, PackRetry, PackText } from './packTypes';

describe('pack entries', () => {
  it.each<[PackText, { en: string; ru: string }]>([
    ['Plain', { en: 'Plain', ru: 'Plain' }],
    [
      { en: 'E', ru: 'R' },
      { en: 'E', ru: 'R' },
    ],
    [{ en: 'E' }, { en: 'E', ru: 'E' }],
    [{ ru: 'R' }, { en: 'R', ru: 'R' }],
    [
      { en: '', ru: 'R' },
      { en: '', ru: 'R' },
    ],
    [
      { en: 'E', ru: '' },
      { en: 'E', ru: '' },
    ],
    [{}, { en: '', ru: '' }],
  ])('gives %j in every language as %j', (text, expected) => {
    expect(toText(text)).toStrictEqual(expected);
  });

  it.each<[PackRetry, object]>([
    [{ advice: 'no' }, { advice: 'no' }],
    [
      { advice: 'wait', afterSeconds: 0 },
      { advice: 'wait', minDelaySeconds: 0 },
    ],
    [
      { advice: 'backoff', maxAttempts: 3 },
      { advice: 'backoff', maxAttempts: 3 },
    ],
    [
      { advice: 'backoff', schedule: { kind: 'exponential', base: 2 } },
      { advice: 'backoff', schedule: { kind: 'exponential', base: 2 } },
    ],
    [
      { advice: 'no', documented: false },
      { advice: 'no', documented: false },
    ],
    [{ advice: 'no', documented: true }, { advice: 'no' }],
  ])('keeps only the retry facts %j states', (retry, expected) => {
    expect(toRetryRule(retry)).toStrictEqual(expected);
  });

  it('copies a schedule rather than sharing it', () => {
    const schedule = { kind: 'range', minSeconds: 1, maxSeconds: 5 } as const;
    expect(toRetryRule({ advice: 'wait', schedule }).schedule).not.toBe(schedule);
  });

  const entry: PackEntry = { title: 'T', meaning: 'M', action: 'A', retry: { advice: 'no' } };

  it('keeps an entry’s status only when it has one', () => {
    expect(toEntry(entry)).toStrictEqual({
      title: { en: 'T', ru: 'T' },
      meaning: { en: 'M', ru: 'M' },
      action: { en: 'A', ru: 'A' },
      retry: { advice: 'no' },
    });
    expect(toEntry({ ...entry, status: 404 }).status).toBe(404);
    expect('status' in toEntry(entry)).toBe(false);
  });

  it('keys a catalog by any code, "__proto__" too, and a range is documented unless said not', () => {
    const catalog = toCatalog(
      JSON.parse(
        '{"__proto__": {"title": "P", "meaning": "M", "action": "A", "retry": {"advice": "no"}}}',
      ) as Record<string, PackEntry>,
    );
    expect(catalog.get('__proto__')?.title.en).toBe('P');
    expect(toCatalog(undefined).size).toBe(0);
    expect(toRange({ min: 1, max: 9, entry }).documented).toBe(true);
    expect(toRange({ min: 1, max: 9, entry, documented: false })).toMatchObject({
      min: 1,
      max: 9,
      documented: false,
    });
  });
});
