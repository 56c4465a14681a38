import { hostAndPort } from '../filter/hostPattern';
import type { DecodedError, Exchange, Header } from '../types';
import type { GapReason } from './gapReason';
import type { CallSite } from './initiator';

/** One decoded error as the panel keeps it: the exchange, trimmed for memory, plus its decoding. */
export interface CapturedError {
  readonly id: number;
  readonly url: string;
  /** Host with a non-default port, as the user would type it in `domain:`. */
  readonly host: string;
  readonly path: string;
  readonly method: string;
  readonly status: number;
  readonly startedAt: number;
  /** When the response ended, in ms since the epoch: the base of `Retry-After` countdowns. */
  readonly respondedAt: number;
  /** The URL as sent, its length before a cut (see `urlTruncated`). */
  readonly urlSize: number;
  /** The URL was longer than URL_LIMIT: `url` and `path` hold its start only. */
  readonly urlTruncated: boolean;
  readonly requestHeaders: readonly Header[];
  readonly responseHeaders: readonly Header[];
  /**
   * The request body, cut at the body limit. Like `body`, the one mutable part of a kept error:
   * the store's byte budget sets it to null when it drops the oldest bodies (`bodyDropped`).
   */
  requestBody: string | null;
  readonly requestBodySize: number;
  readonly requestBodyTruncated: boolean;
  /** The body text, cut at the store's limit; '' once the byte budget dropped it. */
  body: string;
  readonly bodySize: number;
  readonly bodyTruncated: boolean;
  /** The store's byte budget dropped both bodies; the decoded row stays. */
  bodyDropped: boolean;
  readonly mimeType: string;
  readonly decoded: DecodedError;
  /** Came from an imported HAR file rather than live traffic. */
  readonly imported: boolean;
  /** Why the body (or the whole request) is missing; `null` when nothing is. */
  readonly gap: GapReason | null;
  /** Made by another extension (every call frame is one's), not by the page. */
  readonly byExtension: boolean;
  /** The page code that made the request (Chrome's `_initiator`); null when none was given. */
  readonly initiator: CallSite | null;
}

export interface CaptureLimits {
  /** Characters of body text kept per error. */
  readonly bodyLimit: number;
}

export const DEFAULT_BODY_LIMIT = 256 * 1024;
/** Characters of URL kept: a data: URL or a query of megabytes must not sit in every row. */
export const URL_LIMIT = 16 * 1024;

/** The first `limit` characters, never ending inside a surrogate pair. */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}

/** The host a row shows; parsed once per origin (a HAR's 100,000 entries share a few). */
export function displayHost(url: string): string {
  return hostAndPort(url)?.display ?? '';
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/**
 * The decoding as the panel keeps it: without `details`, the parsed body subtree that no view
 * shows. It may be nested 5,000 deep, which no structured clone (worker → panel) survives, and
 * it holds memory the body text already holds.
 */
export function withoutDetails(decoded: DecodedError): DecodedError {
  const batchHasDetails = decoded.batch.some((item) => item.details !== null);
  if (decoded.details === null && !batchHasDetails) return decoded;
  return {
    ...decoded,
    details: null,
    batch: batchHasDetails
      ? decoded.batch.map((item) => ({ ...item, details: null }))
      : decoded.batch,
  };
}

export function toCapturedError(
  id: number,
  exchange: Exchange,
  bodyText: string,
  decoded: DecodedError,
  options: CaptureLimits & {
    respondedAt?: number;
    requestBody?: string | null;
    imported?: boolean;
    gap?: GapReason | null;
    byExtension?: boolean;
    initiator?: CallSite | null;
  },
): CapturedError {
  const truncated = bodyText.length > options.bodyLimit;
  const requestBody = options.requestBody ?? null;
  const url = cut(exchange.url, URL_LIMIT);
  return {
    id,
    url,
    // The host comes from the whole URL: a cut one may no longer parse.
    host: displayHost(exchange.url),
    path: url === exchange.url ? pathOf(url) : cut(pathOf(exchange.url), URL_LIMIT),
    urlSize: exchange.url.length,
    urlTruncated: url !== exchange.url,
    method: exchange.method,
    status: exchange.status,
    startedAt: exchange.startedAt,
    respondedAt: options.respondedAt ?? exchange.startedAt,
    requestHeaders: exchange.requestHeaders,
    responseHeaders: exchange.responseHeaders,
    requestBody: requestBody === null ? null : cut(requestBody, options.bodyLimit),
    requestBodySize: requestBody?.length ?? 0,
    requestBodyTruncated: requestBody !== null && requestBody.length > options.bodyLimit,
    body: truncated ? cut(bodyText, options.bodyLimit) : bodyText,
    bodySize: bodyText.length,
    bodyTruncated: truncated,
    bodyDropped: false,
    mimeType: exchange.mimeType ?? '',
    decoded: withoutDetails(decoded),
    imported: options.imported ?? false,
    gap: options.gap ?? null,
    byExtension: options.byExtension ?? false,
    initiator: options.initiator ?? null,
  };
}
