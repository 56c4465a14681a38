import { loadPack } from '../pack/loadPack';
import { formatProblem } from '../pack/problems';
import { BUILTIN_PACKS } from '../packs/index';
import type { ErrorFormat } from './format';

function builtin(file: string, json: unknown): ErrorFormat {
  const loaded = loadPack(json, 'builtin');
  if (!loaded.ok) {
    // A test holds every built-in valid; this only guards a broken build.
    throw new Error(`built-in pack ${file}: ${loaded.problems.map(formatProblem).join('; ')}`);
  }
  return loaded.format;
}

/**
 * Every built-in format, compiled from its pack, most specific first: a body two formats could
 * claim goes to the first.
 */
export const FORMATS: readonly ErrorFormat[] = Object.entries(BUILTIN_PACKS)
  .map(([file, json]) => builtin(file, json))
  .sort((a, b) => b.specificity - a.specificity);

/** A built-in format by id. */
export function formatById(id: string): ErrorFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
