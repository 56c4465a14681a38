import type { Behaviour } from './behaviour';
import { connectError } from './connectError';
import { googleLegacyCode } from './googleLegacyCode';
import { googleRpcDetails } from './googleRpcDetails';
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
  ['google-rpc-details', googleRpcDetails],
  ['google-legacy-code', googleLegacyCode],
  ['connect-error', connectError],
]);
