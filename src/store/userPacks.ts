import { readUserPack, type PackSummary } from '../core/pack/userPacks';
import type { PackSet } from '../core/pack/packSet';
import { userPackSet } from '../core/pack/userPacks';
import type { ErrorFormat } from '../core/formats/format';
import type { StoredPack } from './settings';

/** One stored pack as the panel lists it: its summary, or why it no longer loads. */
export type ListedPack =
  | { readonly stored: StoredPack; readonly ok: true; readonly summary: PackSummary }
  | { readonly stored: StoredPack; readonly ok: false; readonly problems: readonly string[] };

export interface CompiledUserPacks {
  readonly listed: readonly ListedPack[];
  /** The set capture decodes with; `undefined` when no user pack is enabled (the built-ins). */
  readonly set: PackSet | undefined;
}

// Compiled once per settings value: capture reads this for every response.
const cache = new WeakMap<readonly StoredPack[], CompiledUserPacks>();

/** The stored packs compiled, in order; an enabled one that fails its check is left out. */
export function compileStoredPacks(stored: readonly StoredPack[]): CompiledUserPacks {
  let compiled = cache.get(stored);
  if (compiled !== undefined) return compiled;
  const formats: ErrorFormat[] = [];
  const listed = stored.map((pack): ListedPack => {
    const read = readUserPack(pack.text);
    if (!read.ok) return { stored: pack, ok: false, problems: read.lines };
    if (pack.enabled) formats.push(read.format);
    return { stored: pack, ok: true, summary: read.summary };
  });
  compiled = { listed, set: formats.length === 0 ? undefined : userPackSet(formats) };
  cache.set(stored, compiled);
  return compiled;
}

export type ImportResult =
  | { readonly ok: true; readonly packs: readonly StoredPack[]; readonly id: string }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Adds a pack (its JSON text) to the stored list, enabled; one with the id of a stored pack
 * replaces it in place. An invalid pack changes nothing and gives every problem.
 */
export function importPack(stored: readonly StoredPack[], text: string): ImportResult {
  const read = readUserPack(text);
  if (!read.ok) return { ok: false, problems: read.lines };
  const { id } = read.summary;
  const pack: StoredPack = { text, enabled: true };
  const at = stored.findIndex((p) => idOf(p) === id);
  const packs = at < 0 ? [...stored, pack] : stored.map((p, i) => (i === at ? pack : p));
  return { ok: true, packs, id };
}

/** The id a stored pack declares, or `null` when its text no longer reads. */
export function idOf(pack: StoredPack): string | null {
  const read = readUserPack(pack.text);
  return read.ok ? read.summary.id : null;
}
