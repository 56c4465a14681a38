import type { ErrorFormat } from '../formats/format';
import { FORMATS } from '../formats/index';
import type { Text } from '../types';
import { loadPack } from './loadPack';
import { createPackSet, type PackSet } from './packSet';
import { formatProblem, type PackProblem } from './problems';

/** What a list of packs shows of one pack: the panel's Packs section, `pack list`. */
export interface PackSummary {
  readonly id: string;
  readonly name: Text;
  readonly version: string;
  /** Empty: every host. */
  readonly hosts: readonly string[];
  /** Codes in the pack's catalog (ranges and statuses not counted). */
  readonly codeCount: number;
  readonly origin: 'builtin' | 'user';
  readonly source: string;
}

export function summarizePack(format: ErrorFormat): PackSummary {
  return {
    id: format.id,
    name: format.name,
    version: format.version,
    hosts: format.hosts,
    codeCount: format.catalog.size,
    origin: format.origin,
    source: format.source,
  };
}

/** The built-in packs' summaries, most specific first. */
export function builtinSummaries(): PackSummary[] {
  return FORMATS.map(summarizePack);
}

/** A user's pack, read and checked: compiled, or refused whole with every problem. */
export type UserPackResult =
  | { readonly ok: true; readonly format: ErrorFormat; readonly summary: PackSummary }
  | { readonly ok: false; readonly problems: readonly PackProblem[]; readonly lines: string[] };

/**
 * Reads a user's pack from its JSON text (or parsed value). Nothing of an invalid pack is kept:
 * the caller gets either the compiled format or the list of problems, never part of a pack.
 */
export function readUserPack(input: unknown): UserPackResult {
  const loaded = loadPack(input, 'user');
  if (!loaded.ok) {
    return { ok: false, problems: loaded.problems, lines: loaded.problems.map(formatProblem) };
  }
  return { ok: true, format: loaded.format, summary: summarizePack(loaded.format) };
}

/**
 * The set a decoder uses with these user formats. Two user packs with one id: the later one
 * wins (a re-imported pack replaces the old one), and it overrides a built-in of that id for
 * its hosts.
 */
export function userPackSet(formats: readonly ErrorFormat[]): PackSet {
  const byId = new Map<string, ErrorFormat>();
  for (const format of formats) {
    byId.delete(format.id); // keeps the later one in the later one's place
    byId.set(format.id, format);
  }
  return createPackSet([...byId.values()]);
}
