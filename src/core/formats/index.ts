import { compilePack } from '../pack/compile';
import type { ErrorPack } from '../pack/packTypes';
import { BUILTIN_PACKS } from '../packs/index';
import type { ErrorFormat } from './format';

/**
 * A built-in pack is compiled as shipped, not validated again at every start: validating the 16
 * took ~35 ms of each CLI run and panel load. test/packs-registry.test.ts validates every one.
 */
const builtin = (json: unknown): ErrorFormat => compilePack(json as ErrorPack, 'builtin');

/**
 * Every built-in format, compiled from its pack, most specific first: a body two formats could
 * claim goes to the first.
 */
export const FORMATS: readonly ErrorFormat[] = Object.values(BUILTIN_PACKS)
  .map((json) => builtin(json))
  .sort((a, b) => b.specificity - a.specificity);

/** A built-in format by id. */
export function formatById(id: string): ErrorFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
