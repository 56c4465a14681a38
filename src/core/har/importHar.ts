import { mayBeError } from '../capture/candidate';
import { foldPreflights } from '../network/preflight';
import { displayHost, toCapturedError, type CapturedError } from '../capture/capturedError';
import { decode } from '../decode';
import { bodyText } from '../json/body';
import { isObject, own } from '../json/guards';
import { statusKind } from '../http/status';
import type { PackSet } from '../pack/packSet';
import { readUserPack, userPackSet } from '../pack/userPacks';
import type { FormatId } from '../types';
import { exchangeFromHarEntry, harEntries, HarError, resourceTypeOf } from './parseHar';

/** Everything an import needs from the panel; plain data, so it crosses to a worker. */
export interface HarImportOptions {
  readonly bodyLimit: number;
  readonly pins: Readonly<Record<string, FormatId>>;
  /** The user's enabled error packs, as JSON text: compiled once per import, in the worker. */
  readonly userPacks?: readonly string[];
  /** The first imported error's id; later ones count down from it (see `firstImportId`). */
  readonly firstId: number;
  /** Entries decoded between two reports; each report is one store update in the panel. */
  readonly entriesPerStep?: number;
}

/** The user's packs that still load; one that no longer does is left out, as in capture. */
function packSetOf(texts: readonly string[] | undefined): PackSet | undefined {
  if (texts === undefined || texts.length === 0) return undefined;
  const formats = texts.flatMap((text) => {
    const read = readUserPack(text);
    return read.ok ? [read.format] : [];
  });
  return formats.length === 0 ? undefined : userPackSet(formats);
}

export type HarImportPhase = 'read' | 'parse';
export type HarImportFailure = 'read-failed' | 'not-json' | 'not-har' | 'crashed';

/**
 * Why one entry was left out while the rest imported: its status is no HTTP status (500.5), it
 * could not be passed from the worker to the panel, or decoding it failed.
 */
export type SkipReason = 'invalid-status' | 'not-transferable' | 'failed';

export interface SkippedEntry {
  /** 0-based index in log.entries. */
  readonly entry: number;
  readonly reason: SkipReason;
  /** The status as sent, or the error's name: for the tooltip, not translated. */
  readonly detail: string;
}

/** Skipped entries listed in `done`; past these, only their count. */
export const MAX_SKIPPED_LISTED = 20;

/** What an import reports, in order: phases, decoded steps, then `done` or `failed`. */
export type HarImportMessage =
  | { readonly type: 'phase'; readonly phase: HarImportPhase }
  | {
      readonly type: 'step';
      readonly errors: readonly CapturedError[];
      /** The HAR entry index of each error. */
      readonly indexes: readonly number[];
      readonly skipped: readonly SkippedEntry[];
      /** Entries decoded so far, of `total`. */
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly type: 'done';
      readonly entries: number;
      readonly errors: number;
      /** How many entries were skipped, and the first few of them. */
      readonly skipped: number;
      readonly firstSkipped: readonly SkippedEntry[];
    }
  | { readonly type: 'failed'; readonly reason: HarImportFailure };

/** What `runHarImport` reads: a File, or anything else with its `text()`. */
export interface HarSource {
  text(): Promise<string>;
}

export const DEFAULT_ENTRIES_PER_STEP = 1000;

/**
 * Imported ids count down from below every id in the store. Live capture counts up from 1, so
 * the two never meet, and a second import starts below the first one's rows.
 */
export function firstImportId(errors: readonly { readonly id: number }[]): number {
  let lowest = 0;
  for (const e of errors) if (e.id < lowest) lowest = e.id;
  return lowest - 1;
}

function exchangeStatus(entry: unknown): number {
  const response = isObject(entry) ? own(entry, 'response') : undefined;
  const status = isObject(response) ? own(response, 'status') : undefined;
  return typeof status === 'number' && Number.isFinite(status) ? status : 0;
}

function postDataText(entry: unknown): string | null {
  const request = isObject(entry) ? own(entry, 'request') : undefined;
  const postData = isObject(request) ? own(request, 'postData') : undefined;
  const text = isObject(postData) ? own(postData, 'text') : undefined;
  return typeof text === 'string' ? text : null;
}

function numberField(entry: unknown, key: string): number {
  const value = isObject(entry) ? own(entry, key) : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * One HAR entry as live capture would keep it, marked imported; `null` when not an error.
 * `exchange` is the entry as read, with its CORS preflight folded in (see foldPreflights).
 */
export function importHarEntry(
  entry: unknown,
  id: number,
  options: HarImportOptions,
  exchange = exchangeFromHarEntry(entry),
  packs: PackSet | undefined = packSetOf(options.userPacks),
): CapturedError | null {
  // The same pre-filter as live capture: a missing image is not a failed API call.
  const { status, mimeType, error } = exchange;
  if (!mayBeError(status, mimeType, resourceTypeOf(entry), error)) return null;
  const pin = options.pins[displayHost(exchange.url)];
  const decoded = decode(exchange, {
    ...(pin === undefined ? {} : { pin }),
    ...(packs === undefined ? {} : { packs }),
  });
  if (decoded === null) return null;
  return toCapturedError(id, exchange, bodyText(exchange) ?? '', decoded, {
    bodyLimit: options.bodyLimit,
    respondedAt: exchange.startedAt + Math.max(0, numberField(entry, 'time')),
    requestBody: postDataText(entry),
    imported: true,
  });
}

/** Decodes entries in steps of `entriesPerStep`; every step reports its errors and progress. */
export function* decodeHarEntries(
  entries: readonly unknown[],
  options: HarImportOptions,
): Generator<Extract<HarImportMessage, { type: 'step' }>, void, void> {
  const perStep = Math.max(1, options.entriesPerStep ?? DEFAULT_ENTRIES_PER_STEP);
  const total = entries.length;
  let id = options.firstId;
  let errors: CapturedError[] = [];
  let indexes: number[] = [];
  let skipped: SkippedEntry[] = [];
  const { exchanges, foldedInto } = foldPreflights(
    entries.map((entry) => exchangeFromHarEntry(entry)),
  );
  const packs = packSetOf(options.userPacks);
  for (let i = 0; i < total; i++) {
    const skip = (reason: SkipReason, detail: string) => skipped.push({ entry: i, reason, detail });
    try {
      const status = exchangeStatus(entries[i]);
      if (statusKind(status) === 'invalid') {
        skip('invalid-status', String(status));
      } else if (!foldedInto.has(i)) {
        // A CORS preflight is no error of its own: it is folded into the request it guarded.
        const error = importHarEntry(entries[i], id, options, exchanges[i], packs);
        if (error !== null) {
          errors.push(error);
          indexes.push(i);
          id--;
        }
      }
    } catch (e) {
      // decode() never throws by contract; if it did, one entry is lost, not the import.
      skip('failed', e instanceof Error ? e.name : 'Error');
    }
    if ((i + 1) % perStep === 0 || i + 1 === total) {
      yield { type: 'step', errors, indexes, skipped, done: i + 1, total };
      errors = [];
      indexes = [];
      skipped = [];
    }
  }
}

/**
 * Reads, parses and decodes a HAR, reporting through `emit`, which may be async: the panel's
 * fallback awaits a macrotask there so that the page stays responsive between steps. Never
 * throws: every outcome ends in one `done` or `failed` message, unless `signal` aborts first.
 */
export async function runHarImport(
  source: HarSource,
  options: HarImportOptions,
  emit: (message: HarImportMessage) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const fail = (reason: HarImportFailure) => emit({ type: 'failed', reason });
  try {
    await emit({ type: 'phase', phase: 'read' });
    let text: string;
    try {
      text = await source.text();
    } catch {
      return await fail('read-failed');
    }
    if (signal?.aborted) return;
    await emit({ type: 'phase', phase: 'parse' });
    let entries: readonly unknown[];
    try {
      entries = harEntries(text);
    } catch (e) {
      return await fail(e instanceof HarError ? e.reason : 'crashed');
    }
    let errors = 0;
    let skipped = 0;
    const firstSkipped: SkippedEntry[] = [];
    for (const step of decodeHarEntries(entries, options)) {
      if (signal?.aborted) return;
      errors += step.errors.length;
      skipped += step.skipped.length;
      for (const s of step.skipped)
        if (firstSkipped.length < MAX_SKIPPED_LISTED) firstSkipped.push(s);
      await emit(step);
    }
    if (signal?.aborted) return;
    await emit({ type: 'done', entries: entries.length, errors, skipped, firstSkipped });
  } catch {
    // decode() never throws by contract; this keeps a bug from leaving the panel "importing".
    if (!signal?.aborted) await Promise.resolve(fail('crashed')).catch(() => {});
  }
}

/**
 * Share of the work done, 0–100, weighted by a 100 MB HAR in Chromium (bench/har-import): reading
 * the file, JSON.parse and decoding the entries take about a third each.
 */
export function importPercent(message: HarImportMessage): number {
  switch (message.type) {
    case 'phase':
      return message.phase === 'read' ? 0 : 30;
    case 'step':
      return message.total === 0 ? 100 : 60 + Math.floor((40 * message.done) / message.total);
    default:
      return 100;
  }
}
