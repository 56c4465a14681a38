/**
 * api-error-decoder as a library: explain API errors in tests, CI and logs. Pure: no browser
 * or Node API, no side effect on import. Documented in docs/library.md.
 */
export { decode } from './decode';
export { decodeHar, decodeHarStream } from './decodeHar';
export { packs } from './packs';
export { loadPack } from './userPacks';
export { HarError } from '../core/har/parseHar';
export type * from './types';
