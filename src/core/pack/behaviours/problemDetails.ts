import { own, stringOrNull, type JsonObject } from '../../json/guards';
import type { Behaviour } from './behaviour';

// RFC 9457 §3.1: the members every problem document may hold; any other key is an extension.
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance']);

// A hostile body may hold a million extension members; the panel needs only enough to act on.
const MAX_EXTENSIONS = 200;

/** RFC 9457 §3.1: a member whose value has the wrong type must be ignored. */
function statusOf(body: JsonObject): number | null {
  const status = own(body, 'status');
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599
    ? status
    : null;
}

/**
 * `problem-details`: the details of an RFC 9457 problem document are its standard members,
 * each ignored when of the wrong type, then its extension members, as own data properties of
 * an object with no prototype: a "__proto__" key stays a plain key and reaches no prototype.
 */
export const problemDetails: Behaviour = {
  details(body, code) {
    const details = Object.create(null) as Record<string, unknown>;
    details['type'] = code;
    details['title'] = stringOrNull(own(body, 'title'));
    details['status'] = statusOf(body);
    details['detail'] = stringOrNull(own(body, 'detail'));
    details['instance'] = stringOrNull(own(body, 'instance'));
    let copied = 0;
    // for…in with a break: Object.keys would list every key of a hostile million-key body.
    for (const key in body) {
      if (STANDARD_MEMBERS.has(key) || !Object.prototype.hasOwnProperty.call(body, key)) continue;
      if (copied++ >= MAX_EXTENSIONS) break;
      Object.defineProperty(details, key, {
        value: own(body, key),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return details;
  },
};
