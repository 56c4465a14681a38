import { isObject, own } from '../json/guards';
import type { Exchange, Header } from '../types';

/** A file that cannot be read as HAR; its message is one line, fit for a command line. */
export class HarError extends Error {
  override name = 'HarError';
  /** Why, as a word the panel can translate. */
  readonly reason: 'not-json' | 'not-har';

  constructor(message: string, reason: 'not-json' | 'not-har') {
    super(message);
    this.reason = reason;
  }
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function headersOf(value: unknown): Header[] {
  if (!Array.isArray(value)) return [];
  const out: Header[] = [];
  for (const h of value) {
    if (isObject(h)) out.push({ name: str(own(h, 'name')), value: str(own(h, 'value')) });
  }
  return out;
}

/** What decides, before any header is copied, whether an entry's headers are needed. */
export type NeedsHeaders = (
  status: number,
  mimeType: string,
  method: string,
  error: string | null,
) => boolean;

const NO_HEADERS: readonly Header[] = Object.freeze([]);

/**
 * One HAR 1.2 entry as an exchange. Wrong types become empty values, never exceptions. With
 * `needsHeaders`, an entry it turns down gets empty header lists: the CLI copies no headers of
 * the successes it will not decode.
 */
export function exchangeFromHarEntry(entry: unknown, needsHeaders?: NeedsHeaders): Exchange {
  const e = isObject(entry) ? entry : {};
  const request = own(e, 'request');
  const response = own(e, 'response');
  const req = isObject(request) ? request : {};
  const res = isObject(response) ? response : {};
  const contentValue = own(res, 'content');
  const content = isObject(contentValue) ? contentValue : {};
  const statusValue = own(res, 'status');
  // 1e400 parses as Infinity: kept, so it is an invalid entry, not a request with no response.
  const status = typeof statusValue === 'number' ? statusValue : 0;
  const method = str(own(req, 'method'), 'GET').toUpperCase();
  const mimeType = str(own(content, 'mimeType'));
  const text = own(content, 'text');
  const errorValue = own(res, '_error');
  // Chrome's name for a failure below HTTP; absent from Firefox's HARs.
  const error = typeof errorValue === 'string' && errorValue !== '' ? errorValue : null;
  const started = Date.parse(str(own(e, 'startedDateTime')));
  const copyHeaders = needsHeaders === undefined || needsHeaders(status, mimeType, method, error);
  return {
    url: str(own(req, 'url')),
    method,
    status,
    requestHeaders: copyHeaders ? headersOf(own(req, 'headers')) : NO_HEADERS,
    responseHeaders: copyHeaders ? headersOf(own(res, 'headers')) : NO_HEADERS,
    body: typeof text === 'string' ? text : null,
    bodyEncoding: own(content, 'encoding') === 'base64' ? 'base64' : 'plain',
    mimeType,
    startedAt: Number.isNaN(started) ? 0 : started,
    error,
  };
}

/** Chrome's `_resourceType` of a HAR entry ("fetch", "image"…), when it has one. */
export function resourceTypeOf(entry: unknown): string | undefined {
  const value = isObject(entry) ? own(entry, '_resourceType') : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The raw entries of a HAR document; throws HarError when the text is not a HAR. */
export function harEntries(text: string): readonly unknown[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new HarError('not JSON', 'not-json');
  }
  const log = isObject(doc) ? own(doc, 'log') : undefined;
  const entries = isObject(log) ? own(log, 'entries') : undefined;
  if (!Array.isArray(entries))
    throw new HarError('not a HAR file (no log.entries array)', 'not-har');
  return entries;
}

export function parseHar(text: string): Exchange[] {
  return harEntries(text).map((entry) => exchangeFromHarEntry(entry));
}
