import { harRecord } from '../core/audit/harRecord';
import type { RequestRecord, RetryFacts, Violation } from '../core/audit/requestRecord';
import { isStaticResource, mayBeError } from '../core/capture/candidate';
import { isExtensionInitiated } from '../core/capture/extensionInitiator';
import { resourceTypeOf } from '../core/har/parseHar';
import {
  compileHostPatterns,
  decode,
  exchangeFromHarEntry,
  harEntries,
  statusKind,
  type DecodeOptions,
  type PackSet,
} from '../core/index';
import { isObject, own } from '../core/json/guards';
import { isTransportFailure } from '../core/network/decodeNetwork';
import { PreflightStream } from '../core/network/preflightStream';
import type {
  DecodedError,
  Exchange,
  FieldError,
  FormatId,
  Lang,
  RateLimit,
  RetryAdvice,
  RetryAfterSource,
  RetrySchedule,
} from '../core/types';
import { withViolations } from './auditHar';
import { pinResolver, type Pin } from './pins';

/**
 * One error exchange, as `--json` prints it. A successful retry that broke a retry rule is
 * listed too: its `format`, `title` and `retry` are null.
 */
export interface ErrorRow {
  /** 0-based index in log.entries. */
  readonly entry: number;
  readonly url: string;
  readonly method: string;
  readonly status: number;
  readonly format: FormatId | null;
  readonly code: string | number | null;
  readonly known: boolean;
  readonly title: string | null;
  readonly retry: RowRetry | null;
  readonly requestId: string | null;
  /** How many errors a JSON-RPC batch held (1 otherwise); the row describes the first. */
  readonly batchSize: number;
  /** Retry rules this exchange broke; `retryOf` is the entry index of the error it retried. */
  readonly violations: readonly Violation[];
  /** The server's own message; then what the panel shows, texts in `--lang`. */
  readonly message: string | null;
  readonly meaning: string | null;
  readonly action: string | null;
  readonly rateLimit: RateLimit | null;
  readonly fieldErrors: readonly FieldError[];
  readonly notes: readonly string[];
}

export interface RowRetry {
  readonly advice: RetryAdvice;
  readonly afterSeconds: number | null;
  readonly maxAttempts: number | null;
  readonly schedule: RetrySchedule | null;
  /** `false` when the documentation gives no rule and the advice is ours. */
  readonly documented: boolean;
  /** A format's extra warning (ok-flag's purchase check), in `--lang`. */
  readonly warning: string | null;
  /** Where `afterSeconds` came from (see Retry.afterSource); null without a delay. */
  readonly afterSource: RetryAfterSource | null;
}

export interface DecodeReport {
  readonly rows: readonly ErrorRow[];
  /** Entries in the HAR. */
  readonly entries: number;
  /** Entries whose host passed `--host` (all of them without it). */
  readonly matched: number;
  /** Entries whose status is no HTTP status (500.5): invalid, left out of `rows`. */
  readonly invalid?: readonly { readonly entry: number; readonly status: number }[];
}

export interface DecodeHarOptions {
  readonly lang: Lang;
  readonly hosts: readonly string[];
  /** `--pin`: a matching host's bodies are decoded as its format first. */
  readonly pins?: readonly Pin[];
  /** The formats to try, user packs included (`--pack`); the built-ins when absent. */
  readonly packs?: PackSet | undefined;
  /** Sees each error's whole decoding, for what a row leaves out (check, diff). */
  readonly onDecoded?: (entry: number, decoded: DecodedError) => void;
}

/** Decodes a HAR's entries one at a time, as they arrive; `report()` adds the retry audit. */
export interface HarDecoder {
  add(entry: unknown): void;
  report(): DecodeReport;
  /** After `report()`: the request a CORS preflight entry was folded into (-1: none). */
  foldedInto(entry: number): number | undefined;
}

function decodeOptions(pin: FormatId | undefined, packs: PackSet | undefined): DecodeOptions {
  if (packs === undefined) return pin === undefined ? {} : { pin };
  return pin === undefined ? { packs } : { pin, packs };
}

function retryFacts(decoded: DecodedError): RetryFacts {
  const { advice, afterSeconds, maxAttempts } = decoded.retry;
  return { advice, afterSeconds, maxAttempts };
}

/**
 * CORS preflights are folded into the requests they guarded (a lone failed one stands in for
 * the request Firefox never recorded), requests made by other extensions stay out of the retry
 * audit, and a retry never links two page loads (`pageref`): the panel's rules.
 */
export function harDecoder(options: DecodeHarOptions): HarDecoder {
  const records: RequestRecord[] = [];
  const hostMatches = options.hosts.length > 0 ? compileHostPatterns(options.hosts) : null;
  const pinOf = options.pins?.length ? pinResolver(options.pins) : null;
  const rows: ErrorRow[] = [];
  const fold = new PreflightStream();
  const invalid: { entry: number; status: number }[] = [];
  let matched = 0;
  let entry = -1;

  const decodeOne = (index: number, item: unknown, exchange: Exchange, resourceType?: string) => {
    const pin = pinOf?.(exchange.url);
    // The panel's rule (live capture and HAR import): the CLI lists what the panel would.
    const decoded = mayBeError(exchange.status, exchange.mimeType, resourceType, exchange.error)
      ? decode(exchange, decodeOptions(pin, options.packs))
      : null;
    // The audit keeps a record of every entry: only the retry advice, not the whole decoding.
    const initiator = isObject(item) ? own(item, '_initiator') : undefined;
    // An entry without a valid startedDateTime starts at 0: two of them looked like a retry sent
    // at once, flagged as too early. A request of unknown time is not audited.
    if (!isExtensionInitiated(initiator, resourceType) && exchange.startedAt > 0) {
      records.push(harRecord(index, item, exchange, decoded && { retry: retryFacts(decoded) }));
    }
    if (decoded === null) return;
    options.onDecoded?.(index, decoded);
    rows.push(errorRow(index, exchange, decoded, options.lang));
  };

  // A failed request whose preflight Firefox recorded after it: its row is made again.
  const explain = (index: number, item: unknown, exchange: Exchange) => {
    const at = rows.findLastIndex((r) => r.entry === index);
    const record = records.findLastIndex((r) => r.id === index);
    if (at >= 0) rows.splice(at, 1);
    if (record >= 0) records.splice(record, 1);
    decodeOne(index, item, exchange, resourceTypeOf(item));
  };
  const failedItems = new Map<number, unknown>();

  const add = (item: unknown): void => {
    entry++;
    const resourceType = resourceTypeOf(item);
    // Headers only of what may be decoded, or may be a CORS preflight (an OPTIONS): copying
    // every header of every success cost time on HARs of page loads, for nothing.
    const read = exchangeFromHarEntry(
      item,
      (status, mimeType, method, error) =>
        method === 'OPTIONS' || mayBeError(status, mimeType, resourceType, error),
    );
    if (hostMatches !== null && !hostMatches(read.url)) return;
    matched++;
    if (statusKind(read.status) === 'invalid') invalid.push({ entry, status: read.status });
    if (isStaticResource(resourceType)) return; // an icon is no API call, nor a check of one
    const step = fold.add(entry, read);
    if (step.kind === 'preflight') {
      const earlier = step.explains;
      if (earlier !== null)
        explain(earlier.index, failedItems.get(earlier.index), earlier.exchange);
      return;
    }
    if (isTransportFailure(read.status, read.error)) {
      failedItems.set(entry, item);
      if (failedItems.size > 4096) failedItems.delete(failedItems.keys().next().value ?? -1);
    }
    decodeOne(entry, item, step.exchange, resourceType);
  };
  const report = () => {
    for (const standIn of fold.finish()) {
      decodeOne(standIn.index, undefined, standIn.exchange, 'preflight');
    }
    return { rows: withViolations(rows, records), entries: entry + 1, matched, invalid };
  };
  return { add, report, foldedInto: (index) => fold.foldedInto.get(index) };
}

function errorRow(
  entry: number,
  exchange: { readonly url: string; readonly method: string },
  decoded: DecodedError,
  lang: Lang,
): ErrorRow {
  const { retry } = decoded;
  return {
    entry,
    url: exchange.url,
    method: exchange.method,
    status: decoded.status,
    format: decoded.format,
    code: decoded.code,
    known: decoded.known,
    title: decoded.title[lang],
    retry: {
      advice: retry.advice,
      afterSeconds: retry.afterSeconds,
      maxAttempts: retry.maxAttempts,
      schedule: retry.schedule,
      documented: retry.documented,
      warning: retry.warning === null ? null : retry.warning[lang],
      afterSource: retry.afterSource,
    },
    requestId: decoded.requestId,
    batchSize: Math.max(1, decoded.batch.length),
    violations: [],
    message: decoded.message,
    meaning: decoded.meaning[lang],
    action: decoded.action[lang],
    rateLimit: decoded.rateLimit,
    fieldErrors: decoded.fieldErrors,
    notes: decoded.notes.map((note) => note[lang]),
  };
}

/**
 * A HAR (its text, or its entries as a stream) → its error exchanges in HAR order. Throws
 * HarError when the text is not a HAR.
 */
export function decodeHar(
  input: string | Iterable<unknown>,
  options: DecodeHarOptions,
): DecodeReport {
  const decoder = harDecoder(options);
  for (const item of typeof input === 'string' ? harEntries(input) : input) decoder.add(item);
  return decoder.report();
}
