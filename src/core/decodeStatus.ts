/** The decoder's answer for an error status whose body no format recognized. */
import type { ErrorFormat } from './formats/format';
import { lowerHeaderValue } from './http/headers';
import { rateLimitOf } from './http/rateLimit';
import { httpStatusEntry } from './http/statusCatalog';
import type { ParseResult } from './json/body';
import { looseMessage } from './json/looseMessage';
import { notes } from './notes';
import { resolveRetry } from './retry';
import { httpMeaning, statusEntry } from './statusMeaning';
import type { DecodedError, Exchange, Text } from './types';

/** A 405's `Allow` header, as the last note. Pushed, not spread: this runs for every error. */
export function addAllowNote(exchange: Exchange, out: Text[]): void {
  const allow =
    exchange.status === 405 ? lowerHeaderValue(exchange.responseHeaders, 'allow') : null;
  if (allow !== null) out.push(notes.allow(allow));
}

/**
 * An error status whose body no format recognized. A host pinned to a format keeps that format's
 * rules for the status (its 5xx delays, its purchase check): the pin says what the API is, as
 * does a host the format's documentation names (`apiHosts`).
 */
export function fromStatus(
  exchange: Exchange,
  parsed: ParseResult,
  pinned: ErrorFormat | undefined,
  /** Why `pinned` stands for the API: a pin, or the host its documentation names. */
  why: 'pin' | 'api-host' = 'pin',
): DecodedError {
  const pinnedEntry = pinned === undefined ? undefined : statusEntry(pinned, exchange.status);
  const entry = pinnedEntry ?? httpStatusEntry(exchange.status);
  const reason = parsed.ok ? 'no-format' : parsed.reason;
  const found = [notes.notRecognized(reason)];
  if (pinned !== undefined && pinnedEntry !== undefined) {
    found.push(why === 'pin' ? notes.pinnedStatus(pinned.name) : notes.apiHostStatus(pinned.name));
  }
  addAllowNote(exchange, found);
  const rateLimit = rateLimitOf(exchange.responseHeaders, exchange.startedAt);
  return {
    format: 'http',
    code: null,
    known: false,
    message: parsed.ok ? looseMessage(parsed.value) : null,
    details: null,
    fieldErrors: [],
    title: entry.title,
    meaning: entry.meaning,
    action: entry.action,
    retry: resolveRetry(entry.retry, exchange, pinned ?? null, rateLimit),
    status: exchange.status,
    httpMeaning: httpMeaning(entry, exchange.status),
    requestId: lowerHeaderValue(exchange.responseHeaders, 'x-request-id'),
    rateLimit,
    notes: found,
    batch: [],
  };
}
