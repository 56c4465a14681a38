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
  readBody(body, readOne) {
    if (!Array.isArray(body)) return readOne(body);
    const errors: EnvelopeError[] = [];
    let responses = 0;
    let requestId: string | null = null;
    for (const item of body.slice(0, MAX_BATCH_ITEMS)) {
      const envelope = readOne(item);
      if (envelope === null) continue;
      if (responses++ === 0) requestId = envelope.requestId;
      errors.push(...envelope.errors);
    }
    return responses === 0 ? null : { errors, requestId };
  },
};
