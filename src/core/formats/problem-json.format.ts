import { fieldErrorsFromList, fieldErrorsFromMap } from '../json/fieldErrors';
import { isObject, own, stringOrNull, type JsonObject } from '../json/guards';
import type { FieldError } from '../types';
import { catalogOf, type ErrorFormat, type RecognizeContext } from './format';

const MEDIA_TYPE = 'application/problem+json';

// RFC 9457 §3.1: the members every problem document may hold; any other key is an extension.
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance']);

// The top-level keys of the other formats' envelopes: a body holding one is theirs, whatever
// its Content-Type says. An `error` object is checked apart: only an object marks them.
const FOREIGN_KEYS = ['ok', 'success', 'jsonrpc'];

// A hostile body may hold a million extension members; the panel needs only enough to act on.
const MAX_EXTENSIONS = 200;
// fieldErrorsFromList reads no further than this many items.
const MAX_LISTED_ERRORS = 4000;

function isProblemMediaType(context: RecognizeContext | undefined): boolean {
  const essence = (context?.mimeType ?? '').split(';')[0] ?? '';
  return essence.trim().toLowerCase() === MEDIA_TYPE;
}

function isForeign(body: JsonObject): boolean {
  return FOREIGN_KEYS.some((key) => own(body, key) !== undefined) || isObject(own(body, 'error'));
}

/** RFC 9457 §3.1: a member whose value has the wrong type must be ignored. */
function statusOf(body: JsonObject): number | null {
  const status = own(body, 'status');
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599
    ? status
    : null;
}

/** Without the media type, only a body with the RFC's core members reads as a problem. */
function looksLikeProblem(body: JsonObject): boolean {
  return (
    typeof own(body, 'title') === 'string' &&
    statusOf(body) !== null &&
    ['type', 'detail', 'instance'].some((key) => typeof own(body, key) === 'string')
  );
}

/**
 * The standard members, then every extension member, as own data properties of an object with
 * no prototype: a "__proto__" key stays a plain key and reaches no prototype.
 */
function detailsOf(body: JsonObject, type: string): Readonly<Record<string, unknown>> {
  const details = Object.create(null) as Record<string, unknown>;
  details['type'] = type;
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
}

function firstString(item: JsonObject, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = own(item, key);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * An `errors` extension: `[{ field | name | pointer, message | detail }]` (RFC 9457's own
 * example uses `pointer` and `detail`), or a map of field → messages (ASP.NET, Spring).
 */
function fieldErrorsOf(errors: unknown): FieldError[] {
  if (!Array.isArray(errors)) return fieldErrorsFromMap(errors);
  const list = errors.slice(0, MAX_LISTED_ERRORS).map((item: unknown) =>
    isObject(item)
      ? {
          field: firstString(item, ['field', 'name', 'pointer']),
          message: firstString(item, ['message', 'detail']),
        }
      : null,
  );
  return fieldErrorsFromList(list);
}

// [no type member, a type member][message from title, from detail]: shared, not allocated.
const POINTERS = [
  [
    { message: '/title', fieldErrors: '/errors' },
    { message: '/detail', fieldErrors: '/errors' },
  ],
  [
    { code: '/type', message: '/title', fieldErrors: '/errors' },
    { code: '/type', message: '/detail', fieldErrors: '/errors' },
  ],
] as const;

/**
 * RFC 9457 Problem Details: `{ type, title, status, detail, instance, …extensions }`, sent as
 * `application/problem+json`. The code is the problem type URI ("about:blank" when absent).
 * Problem types are defined per API, so there is no catalog: the HTTP status explains the
 * error, and the document's own title and detail are the server's message.
 */
export const problemJsonFormat: ErrorFormat = {
  id: 'problem-json',
  name: { en: 'Problem Details (RFC 9457)', ru: 'Problem Details (RFC 9457)' },
  source: 'RFC 9457, Problem Details for HTTP APIs (obsoletes RFC 7807)',
  // Below the five seed formats: it shares no envelope with them (see isForeign), and being
  // tried after them means it cannot change how their bodies decode. Above graphql, so a
  // problem document whose `errors` extension lists `{ message }` objects stays a problem.
  specificity: 8,
  // A problem document describes an error status; under 2xx it is no error report.
  errorOn2xx: false,
  hasCatalog: false,
  recognize(body, context) {
    if (!isObject(body) || isForeign(body)) return null;
    if (!isProblemMediaType(context) && !looksLikeProblem(body)) return null;
    const type = stringOrNull(own(body, 'type'));
    const code = type === null || type === '' ? 'about:blank' : type;
    const detail = stringOrNull(own(body, 'detail'));
    return {
      requestId: null,
      errors: [
        {
          code,
          message: detail ?? stringOrNull(own(body, 'title')),
          details: detailsOf(body, code),
          fieldErrors: fieldErrorsOf(own(body, 'errors')),
          // "about:blank" stands for a missing type: then no member holds the code.
          pointers: POINTERS[code === type ? 1 : 0][detail === null ? 0 : 1],
        },
      ],
    };
  },
  // Problem types are per API: the decoder falls back to the HTTP status for title and action.
  catalog: catalogOf({}),
  statuses: catalogOf({}),
};
