import { FORMATS } from '../core/formats/index';
import type { PackInfo } from './types';

/**
 * The error formats the decoder knows, most specific first. Today the built-in ones; user
 * packs (issue 10) will join this list with the same fields and more.
 */
export const packs: readonly PackInfo[] = Object.freeze(
  FORMATS.map((format) =>
    Object.freeze({
      id: format.id,
      name: format.name.en,
      source: format.source,
      codes: format.catalog.size,
    }),
  ),
);
