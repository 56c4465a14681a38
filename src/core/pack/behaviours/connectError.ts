import type { EnvelopeError } from '../../formats/format';
import { decodeDetail, decodeDetailBase64 } from '../../grpc/rpcDetails';
import { connectCodeName } from '../../grpc/statusCodes';
import { isObject, own } from '../../json/guards';
import { withErrors, type Behaviour } from './behaviour';

// A hostile error may list thousands of details; AIP-193 allows one of each type.
const MAX_DETAILS = 64;

/**
 * A Connect detail `{"type": "google.rpc.RetryInfo", "value": <unpadded base64 protobuf>,
 * "debug": {…}}` in the JSON form of google.rpc details. The protocol says clients must not
 * depend on `debug`: it stands in only when `value` cannot be read.
 */
function toJsonDetail(item: unknown): unknown {
  if (!isObject(item)) return item;
  const type = own(item, 'type');
  if (typeof type !== 'string') return item;
  const value = own(item, 'value');
  const decoded = typeof value === 'string' ? decodeDetailBase64(type, value) : null;
  if (decoded !== null) return decoded;
  const debug = own(item, 'debug');
  return isObject(debug) ? { ...debug, '@type': decodeDetail(type, '')['@type'] } : item;
}

/** The first MAX_DETAILS details in their JSON form: one array, not a slice and a map. */
function jsonDetails(list: readonly unknown[]): unknown[] {
  const end = Math.min(list.length, MAX_DETAILS);
  const out: unknown[] = [];
  for (let i = 0; i < end; i++) out.push(toJsonDetail(list[i]));
  return out;
}

/**
 * `connect-error`: a Connect error (connectrpc.com/docs/protocol#error-end-stream) shows the
 * gRPC status name of its lower-snake code ("canceled" is CANCELLED), and its details are
 * decoded from protobuf for `google-rpc-details`, which a pack lists after this one.
 */
export const connectError: Behaviour = {
  finish(_body, envelope) {
    const errors = envelope.errors.map((error): EnvelopeError => {
      const name = typeof error.code === 'string' ? connectCodeName(error.code) : null;
      const details = Array.isArray(error.details) ? jsonDetails(error.details) : error.details;
      // Written out, not spread: a spread makes objects that every later read pays for.
      return {
        code: name ?? error.code,
        message: error.message,
        details,
        fieldErrors: error.fieldErrors,
        pointers: error.pointers,
        retryDelaySeconds: error.retryDelaySeconds,
      };
    });
    return withErrors(envelope, errors, envelope.requestId, envelope.notes);
  },
};
