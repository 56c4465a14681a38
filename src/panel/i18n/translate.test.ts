import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { translator } from './translate';

describe('translator', () => {
  it('fills values and formats numbers for the locale', () => {
    expect(translator('en')('statusDropped', { dropped: 12, limit: 5000 })).toBe(
      '12 dropped (buffer limit 5,000)',
    );
    expect(translator('ru')('statusDropped', { dropped: 12, limit: 5000 })).toMatch(
      /^Отброшено: 12 \(лимит буфера 5\s000\)$/,
    );
  });

  it('picks English plural forms', () => {
    const t = translator('en');
    expect(t('statusShown', { shown: 1, total: 3 })).toBe('1 error shown of 3 captured');
    expect(t('statusShown', { shown: 2, total: 3 })).toBe('2 errors shown of 3 captured');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(translator('en')('retryIn')).toBe('Retry allowed in {s} s');
  });

  it('has a Russian text for every key, and a different one for sentences', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    expect(ru.emptyTitle).not.toBe(en.emptyTitle);
    for (const [key, value] of Object.entries(ru)) expect(value.trim(), key).not.toBe('');
  });
});

describe('translator cache', () => {
  it('builds one translator per language, since every mounted row asks for one', () => {
    expect(translator('en')).toBe(translator('en'));
    expect(translator('ru')).not.toBe(translator('en'));
  });
});
