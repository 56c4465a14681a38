import type { Behaviour } from './behaviour';
import { graphqlPartialData } from './graphqlPartialData';
import { jsonRpcBatch } from './jsonrpcBatch';
import { problemDetails } from './problemDetails';

export type { Behaviour, ErrorList } from './behaviour';

/**
 * The named behaviours a pack may ask for. A pack names them; it never brings code of its
 * own. Adding one is a reviewed change here, with its own test and a line in docs/error-packs.md.
 */
export const BEHAVIOURS: ReadonlyMap<string, Behaviour> = new Map([
  ['jsonrpc-batch', jsonRpcBatch],
  ['graphql-partial-data', graphqlPartialData],
  ['problem-details', problemDetails],
]);
