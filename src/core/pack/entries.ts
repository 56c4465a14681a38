import type { Catalog, CodeRange } from '../formats/format';
import type { CatalogEntry, RetryRule, Text } from '../types';
import type { PackEntry, PackRange, PackRetry, PackText } from './packTypes';

/** A pack text in every UI language: a plain string serves all, a missing language takes another. */
export function toText(text: PackText): Text {
  if (typeof text === 'string') return { en: text, ru: text };
  const en = text.en ?? text.ru ?? '';
  return { en, ru: text.ru ?? en };
}

/** Only the facts the pack states: an absent one stays absent (see RetryRule). */
export function toRetryRule(retry: PackRetry): RetryRule {
  const rule: { -readonly [K in keyof RetryRule]: RetryRule[K] } = { advice: retry.advice };
  if (retry.afterSeconds !== undefined) rule.minDelaySeconds = retry.afterSeconds;
  if (retry.maxAttempts !== undefined) rule.maxAttempts = retry.maxAttempts;
  if (retry.schedule !== undefined) rule.schedule = { ...retry.schedule };
  if (retry.documented === false) rule.documented = false;
  return rule;
}

export function toEntry(entry: PackEntry): CatalogEntry {
  const out: { -readonly [K in keyof CatalogEntry]: CatalogEntry[K] } = {
    title: toText(entry.title),
    meaning: toText(entry.meaning),
    action: toText(entry.action),
    retry: toRetryRule(entry.retry),
  };
  if (entry.status !== undefined) out.status = entry.status;
  return out;
}

/** A Map, so that a code named "__proto__" or "constructor" is a key like any other. */
export function toCatalog(entries: Readonly<Record<string, PackEntry>> | undefined): Catalog {
  return new Map(Object.entries(entries ?? {}).map(([key, entry]) => [key, toEntry(entry)]));
}

export function toRange(range: PackRange): CodeRange {
  return {
    min: range.min,
    max: range.max,
    documented: range.documented !== false,
    entry: toEntry(range.entry),
  };
}
