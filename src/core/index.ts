/** The pure core's public surface, shared by the panel, the CLI and the tests. */
export { decode, type DecodeOptions } from './decode';
export { FORMATS, formatById } from './formats/index';
export { compileHostPattern, compileHostPatterns, hostAndPort } from './filter/hostPattern';
export { parseHar, harEntries, exchangeFromHarEntry, HarError } from './har/parseHar';
export { headerValue } from './http/headers';
export { statusKind, type StatusKind } from './http/status';
export type * from './types';
export {
  builtinSummaries,
  readUserPack,
  summarizePack,
  userPackSet,
  type PackSummary,
  type UserPackResult,
} from './pack/userPacks';
export { formatProblem, type PackProblem } from './pack/problems';
export type { PackSet } from './pack/packSet';
