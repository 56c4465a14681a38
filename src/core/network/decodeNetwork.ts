import { lowerHeaderValue } from '../http/headers';
import { resolveRetry } from '../retry';
import type { DecodedError, Exchange, Text } from '../types';
import { corsReasonName, diagnoseCors, type CorsFinding } from './cors';
import { corsTexts, preflightNote } from './corsTexts';
import { kindOfError } from './errorNames';
import { networkEntry } from './networkCatalog';

/**
 * Whether the request failed below HTTP: the browser named an error (Chrome even does so for
 * a CORS refusal that carries the server's HTTP 200), or no status arrived at all.
 */
export function isTransportFailure(status: number, error: string | null | undefined): boolean {
  return (error ?? '') !== '' || status === 0;
}

function statusLine(status: number): Text {
  return status === 0
    ? {
        en: 'No HTTP status: the request failed before a response arrived.',
        ru: 'HTTP-статуса нет: запрос не выполнен до получения ответа.',
      }
    : {
        en: `HTTP ${status} arrived, but the browser did not hand the response to the page.`,
        ru: `Пришёл HTTP ${status}, но браузер не отдал ответ странице.`,
      };
}

function corsOf(exchange: Exchange, error: string): CorsFinding | null {
  const { kind } = kindOfError(error);
  // ERR_FAILED is how Chrome reports a CORS refusal; any named other cause wins over a guess.
  const corsLike = error === '' || kind === 'failed' || kind === 'cors';
  return corsLike ? diagnoseCors(exchange, error !== '') : null;
}

/**
 * The `network` explanation of an exchange, or `null` when it got through or was cancelled
 * (net::ERR_ABORTED: the page or a navigation chose to, nothing failed). Besides named
 * failures and status 0, a response whose headers show the browser refused it under CORS
 * (Firefox records those as plain HTTP 200) is one too.
 */
export function decodeNetwork(exchange: Exchange): DecodedError | null {
  const error = exchange.error ?? '';
  const failed = isTransportFailure(exchange.status, error);
  // The common case first and cheap: a response that got through, with no CORS in play. It
  // runs for every decoded exchange, so it comes before the URL test (a regex: 2 % of decode).
  if (!failed && !exchange.preflight && !lowerHeaderValue(exchange.requestHeaders, 'origin')) {
    return null;
  }
  // An entry with no URL to speak of (a hostile or broken HAR) failed at nothing.
  if (!/^(?:https?|wss?):\/\//i.test(exchange.url)) return null;
  const cors = corsOf(exchange, error);
  if (!failed && cors === null) return null;

  const named = error === '' ? null : kindOfError(error);
  // A cancelled request (AbortController, a navigation) is the page's own choice, no failure.
  if (named?.kind === 'aborted') return null;
  const kind = cors !== null ? 'cors' : (named?.kind ?? 'no-response');
  const entry = networkEntry(kind);
  const texts = cors === null ? entry : corsTexts(cors, exchange.status);
  const code = error !== '' ? error : cors === null ? null : corsReasonName(cors);
  const notes: Text[] = [];
  if (exchange.preflight) notes.push(preflightNote(exchange.preflight.status));
  return {
    format: 'network',
    code,
    known: named?.known ?? code !== null,
    message: null,
    details: cors,
    fieldErrors: [],
    title: entry.title,
    meaning: texts.meaning,
    action: texts.action,
    retry: resolveRetry(entry.retry, exchange, null),
    status: exchange.status,
    httpMeaning: statusLine(exchange.status),
    requestId: null,
    rateLimit: null,
    notes,
    batch: [],
  };
}
