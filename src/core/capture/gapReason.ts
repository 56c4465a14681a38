import { decode } from '../decode';
import { httpStatusEntry } from '../http/statusCatalog';
import { resolveRetry } from '../retry';
import type { DecodedError, Exchange } from '../types';

/**
 * Why a request that may be an error is listed without its body, or was not delivered by
 * DevTools at all. Rows carry it as `data-gap`; the panel explains each one.
 */
export type GapReason =
  /** The page never read the body: the response arrived, DevTools never reported it finished. */
  | 'not-read'
  /** A service worker fetched it (or answered it), and the body went to the worker. */
  | 'service-worker'
  /** The body was dropped when the page navigated, before it could be read. */
  | 'evicted'
  /** It finished before our DevTools page started: backfilled from getHAR or the listener. */
  | 'devtools-late'
  /** Firefox reports no traffic until its Network panel has been opened once. */
  | 'firefox-network-panel'
  /** The browser kept only part of the body. */
  | 'truncated'
  /** Firefox drops responses that finish just before a navigation. */
  | 'navigation-dropped'
  /** The browser gave no body, for no reason we can tell. */
  | 'unavailable';

export const GAP_REASONS: readonly GapReason[] = [
  'not-read',
  'service-worker',
  'evicted',
  'devtools-late',
  'firefox-network-panel',
  'truncated',
  'navigation-dropped',
  'unavailable',
];

/** What is known of a response whose body lookup came back without a body. */
export interface MissingBodyFacts {
  /** The page navigated between the response and the lookup. */
  readonly navigatedSince: boolean;
  /** A service worker answered the request or made it (Chrome marks both). */
  readonly serviceWorker: boolean;
  /** The request came from getHAR() when DevTools started, not from a live event. */
  readonly backfilled: boolean;
}

/** The most likely reason a lookup gave no body, most specific first. */
export function missingBodyReason(facts: MissingBodyFacts): GapReason {
  if (facts.navigatedSince) return 'evicted';
  if (facts.serviceWorker) return 'service-worker';
  if (facts.backfilled) return 'devtools-late';
  return 'unavailable';
}

/** Whether the text is shorter than the size the browser reported: it kept only a part. */
export function isTruncated(text: string, reportedSize: number | undefined): boolean {
  if (reportedSize === undefined || !(reportedSize > text.length)) return false;
  // Sizes are bytes; UTF-8 takes up to 3 bytes per UTF-16 unit, so compare bytes only then.
  return reportedSize > 3 * text.length || new TextEncoder().encode(text).length < reportedSize;
}

/**
 * The decoding of a request listed without its body: by its status when it is one of an
 * error, an "outcome unknown" for a 2xx whose body might have held an error envelope, and
 * `null` for anything else (a cancelled request, a redirect).
 */
export function decodeWithoutBody(exchange: Exchange): DecodedError | null {
  const bodyless = { ...exchange, body: null };
  const decoded = decode(bodyless);
  if (decoded !== null) return decoded;
  if (exchange.status < 200 || exchange.status > 299 || (exchange.error ?? '') !== '') return null;
  const entry = httpStatusEntry(exchange.status);
  return {
    format: 'http',
    code: null,
    known: false,
    message: null,
    details: null,
    fieldErrors: [],
    title: { en: 'Outcome unknown', ru: 'Исход неизвестен' },
    meaning: {
      en: `HTTP ${exchange.status} reports success, but an error envelope (JSON-RPC, ok:false) could only be in the body, which was not available.`,
      ru: `HTTP ${exchange.status} сообщает об успехе, но конверт ошибки (JSON-RPC, ok:false) мог быть только в теле, а оно недоступно.`,
    },
    action: {
      en: 'Check how the page handled this response, or make it again with DevTools open.',
      ru: 'Проверьте, как страница обработала ответ, или повторите запрос при открытых DevTools.',
    },
    retry: resolveRetry({ advice: 'check-first' }, bodyless, null),
    status: exchange.status,
    httpMeaning: {
      en: `HTTP ${exchange.status} ${entry.title.en}`,
      ru: `HTTP ${exchange.status} ${entry.title.ru}`,
    },
    requestId: null,
    rateLimit: null,
    notes: [],
    batch: [],
  };
}
