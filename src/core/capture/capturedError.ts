import { hostAndPort } from '../filter/hostPattern';
import type { DecodedError, Exchange, Header } from '../types';

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
  readonly requestHeaders: readonly Header[];
  readonly responseHeaders: readonly Header[];
  readonly requestBody: string | null;
  /** The body text, cut at the store's limit. */
  readonly body: string;
  readonly bodySize: number;
  readonly bodyTruncated: boolean;
  readonly mimeType: string;
  readonly decoded: DecodedError;
  /** Came from an imported HAR file rather than live traffic. */
  readonly imported: boolean;
}

export interface CaptureLimits {
  /** Characters of body text kept per error. */
  readonly bodyLimit: number;
}

export const DEFAULT_BODY_LIMIT = 256 * 1024;

export function displayHost(url: string): string {
  const hp = hostAndPort(url);
  if (hp === null) return '';
  let defaultPort = '';
  try {
    defaultPort = new URL(url).protocol === 'https:' ? '443' : '80';
  } catch {
    // hostAndPort already parsed it
  }
  const host = hp.host.includes(':') ? `[${hp.host}]` : hp.host;
  return hp.port && hp.port !== defaultPort ? `${host}:${hp.port}` : host;
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
  },
): CapturedError {
  const truncated = bodyText.length > options.bodyLimit;
  return {
    id,
    url: exchange.url,
    host: displayHost(exchange.url),
    path: pathOf(exchange.url),
    method: exchange.method,
    status: exchange.status,
    startedAt: exchange.startedAt,
    respondedAt: options.respondedAt ?? exchange.startedAt,
    requestHeaders: exchange.requestHeaders,
    responseHeaders: exchange.responseHeaders,
    requestBody: options.requestBody ?? null,
    body: truncated ? bodyText.slice(0, options.bodyLimit) : bodyText,
    bodySize: bodyText.length,
    bodyTruncated: truncated,
    mimeType: exchange.mimeType ?? '',
    decoded: withoutDetails(decoded),
    imported: options.imported ?? false,
  };
}
