import type { EnvelopeError } from '../../formats/format';
import type { Behaviour } from './behaviour';

// A hostile batch may hold millions of items; the panel needs only enough to act on.
const MAX_BATCH_ITEMS = 1000;

/**
 * `jsonrpc-batch`: a top-level array is a batch (JSON-RPC 2.0 §6), each item read as one body
 * of the pack. Items that are not responses are skipped; every error of the batch is reported,
 * and a batch of successes only is a success.
 */
export const jsonRpcBatch: Behaviour = {
  partsOnlyInArrays: true,
  readBody(body, readPart, context) {
    if (!Array.isArray(body)) return readPart(body, '', context);
    const errors: EnvelopeError[] = [];
    let responses = 0;
    const end = Math.min(body.length, MAX_BATCH_ITEMS);
    for (let i = 0; i < end; i++) {
      const part = readPart(body[i], `/${i}`, context);
      if (part === null) continue;
      responses++;
      for (const error of part) errors.push(error);
    }
    return responses === 0 ? null : errors;
  },
};
