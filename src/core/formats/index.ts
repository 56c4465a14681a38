import type { ErrorFormat } from './format';
import { graphqlFormat } from './graphql.format';
import { jsonRpcFormat } from './jsonrpc.format';
import { numericCodeFormat } from './numeric-code.format';
import { okFlagFormat } from './ok-flag.format';
import { problemJsonFormat } from './problem-json.format';
import { stateMetaFormat } from './state-meta.format';
import { successFlagFormat } from './success-flag.format';

/** Every known format, most specific first: a body two formats could claim goes to the first. */
export const FORMATS: readonly ErrorFormat[] = [
  jsonRpcFormat,
  okFlagFormat,
  successFlagFormat,
  stateMetaFormat,
  numericCodeFormat,
  problemJsonFormat,
  graphqlFormat,
].sort((a, b) => b.specificity - a.specificity);

export function formatById(id: string): ErrorFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
