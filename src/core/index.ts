/** The pure core's public surface, shared by the panel, the CLI and the tests. */
export { decode, type DecodeOptions } from './decode';
export { FORMATS, formatById } from './formats/index';
export { compileHostPattern, compileHostPatterns, hostAndPort } from './filter/hostPattern';
export { parseHar, harEntries, exchangeFromHarEntry, HarError } from './har/parseHar';
export { headerValue } from './http/headers';
export { statusKind, type StatusKind } from './http/status';
export type * from './types';
