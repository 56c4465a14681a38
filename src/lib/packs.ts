import { FORMATS } from '../core/formats/index';
import type { PackInfo } from './types';
import { packInfoOf } from './userPacks';

/**
 * The built-in error formats, most specific first. User packs join a decoding through
 * `loadPack` and the `packs` option; their `info` has these same fields.
 */
export const packs: readonly PackInfo[] = Object.freeze(FORMATS.map(packInfoOf));
