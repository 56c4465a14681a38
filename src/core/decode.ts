import type { Envelope, EnvelopeError, ErrorFormat, RecognizeContext } from './formats/format';
import { UNDOCUMENTED_CODE } from './formats/undocumentedCode';
import { lowerHeaderValue } from './http/headers';
import { rateLimitOf } from './http/rateLimit';
import { httpStatusEntry } from './http/statusCatalog';
import { statusKind } from './http/status';
import { addAllowNote, fromStatus } from './decodeStatus';
import { bodyText, mayHoldErrorEnvelope, parseJson, type ParseResult } from './json/body';
import { decodeNetwork } from './network/decodeNetwork';
import { notes } from './notes';
import { readRawBody } from './pack/bodyReaders/readRaw';
import { readsMimeType, type RawBody } from './pack/bodyReaders/index';
import { mediaTypeOf } from './pack/mediaType';
import { BUILTIN_SET, type PackSet } from './pack/packSet';
import { mayHold, presentNames, readTopLevel } from './pack/topLevel';
import { httpMeaning, statusEntry } from './statusMeaning';
import { RetryMemo } from './retryMemo';
import type { DecodedError, DecodedItem, Exchange, FormatId, RetryRule, Text } from './types';

export interface DecodeOptions {
  /** Try this format first, whatever its specificity (a per-host pin). */
  readonly pin?: FormatId;
  /** The formats to try, user packs included; the built-ins alone when absent. */
  readonly packs?: PackSet;
}

/** Explains one exchange; `null` when it is not an error. Never throws on any body. */
export function decode(exchange: Exchange, options: DecodeOptions = {}): DecodedError | null {
  const network = decodeNetwork(exchange);
  if (network !== null) return network;
  const { status } = exchange;
  // 500.5 or 99999999999 is no HTTP status: an invalid entry, not an error (see statusKind).
  if (statusKind(status) !== 'http') return null;
  const isErrorStatus = status >= 400;
  if (!isErrorStatus && !(status >= 200 && status < 300)) return null;
  if (status === 201 && lowerHeaderValue(exchange.responseHeaders, 'location') !== null)
    return null;

  const mimeType =
    exchange.mimeType || (lowerHeaderValue(exchange.responseHeaders, 'content-type') ?? '');
  // A 2xx body a reader reads (gRPC-Web carries its errors under 200) goes on, and is left to
  // its reader: no text decoding, no JSON.parse. Any other body, as before.
  const raw = readsMimeType(mimeType);
  const text = raw ? null : bodyText(exchange);
  if (!isErrorStatus && !raw && (text === null || !mayHoldErrorEnvelope(text))) return null;

  const packs = options.packs ?? BUILTIN_SET;
  const parsed = raw ? NOT_JSON : parseJson(text);
  const formats = orderFormats(packs, exchange.url, options.pin);
  if (parsed.ok || raw || (isErrorStatus && sniffedByAny(formats, text))) {
    const context: RecognizeContext = { mimeType, headers: exchange.responseHeaders, status };
    let rawBody: RawBody | undefined;
    // Read when the first pack with a top-level test comes up: the first pack often claims it.
    let indexed: boolean | undefined;
    for (const format of formats) {
      // Its verdict on a 2xx body could only be "go on", so it is not asked: Slack's 200s had
      // two claims asked that could never apply (slack 200 took 0.76 of the time, A/B).
      if (!isErrorStatus && format.silentOn2xx === true) continue;
      let body: unknown;
      let claimed = false;
      const reader = format.bodyReader;
      if (reader === undefined) {
        if (!parsed.ok) continue;
        if (format.claims !== undefined) {
          if (format.claimKeys !== undefined) {
            indexed ??= readTopLevel(parsed.value);
            if (indexed && (presentNames() & format.claimKeys) === 0) continue;
          }
          if (!format.claims(parsed.value, context)) continue;
          claimed = true;
        } else if (format.topLevel !== undefined) {
          indexed ??= readTopLevel(parsed.value);
          if (indexed && !mayHold(format.topLevel)) continue;
        }
        body = parsed.value;
      } else {
        // Not its media type: only a body JSON refused may still be the reader's, if it sniffs.
        if (!raw && (parsed.ok || reader.sniff === undefined)) continue;
        rawBody ??= rawBodyOf(exchange, mimeType, text);
        // A body of a reader's media type is that reader's: no other sniffs it (the XML
        // sniff decoded a whole base64 gRPC-Web body into text, ~30% of reading it, bench).
        body = readRawBody(reader, rawBody, !raw && !parsed.ok);
        if (body === null) continue;
      }
      const envelope = safeRecognize(format, body, context, claimed);
      if (envelope === null) continue;
      if (envelope.errors.length === 0) break; // a success envelope: no other format applies
      if (!isErrorStatus && !format.errorOn2xx) continue;
      return fromEnvelope(exchange, format, envelope);
    }
  }
  if (!isErrorStatus) return null;
  const pinned = pinnedFormat(packs, options.pin);
  // No pin: a host the documentation names as its API's (a gateway's HTML 502 from it).
  return pinned !== undefined
    ? fromStatus(exchange, parsed, pinned, 'pin')
    : fromStatus(exchange, parsed, packs.apiOf(exchange.url), 'api-host');
}

const NOT_JSON: ParseResult = { ok: false, reason: 'not-json' };

type Sniff = (text: string) => boolean;

// Per format list (cached per origin by the pack set): the readers' sniffers, each once.
const SNIFFERS = new WeakMap<readonly ErrorFormat[], readonly Sniff[]>();

/**
 * Whether a reader in the list sniffs a body JSON refused as its own (an XML error, say). Asked
 * once, before the loop: an HTML error page then skips the loop, and builds no raw body.
 */
function sniffedByAny(formats: readonly ErrorFormat[], text: string | null): boolean {
  if (text === null) return false;
  let sniffers = SNIFFERS.get(formats);
  if (sniffers === undefined) {
    sniffers = [...new Set(formats.flatMap((f) => f.bodyReader?.sniff ?? []))];
    SNIFFERS.set(formats, sniffers);
  }
  for (const sniff of sniffers) if (sniff(text)) return true;
  return false;
}

/** The raw body for a reader; its text is decoded only if the reader asks for it. */
function rawBodyOf(exchange: Exchange, mimeType: string, known: string | null): RawBody {
  let text = known;
  return {
    body: exchange.body,
    encoding: exchange.bodyEncoding ?? 'plain',
    mimeType,
    mediaType: mediaTypeOf(mimeType),
    headers: exchange.responseHeaders,
    get text() {
      return (text ??= bodyText(exchange));
    },
  };
}

function pinnedFormat(packs: PackSet, pin: FormatId | undefined): ErrorFormat | undefined {
  return pin === undefined ? undefined : packs.byId(pin);
}

function orderFormats(
  packs: PackSet,
  url: string,
  pin: FormatId | undefined,
): readonly ErrorFormat[] {
  const formats = packs.forUrl(url);
  const pinned = pinnedFormat(packs, pin);
  return pinned ? [pinned, ...formats.filter((f) => f !== pinned)] : formats;
}

function safeRecognize(
  format: ErrorFormat,
  body: unknown,
  context: RecognizeContext,
  claimed: boolean,
): Envelope | null {
  try {
    return format.recognize(body, context, claimed);
  } catch {
    // A format module must not throw, but one bug there must not blank the panel.
    return null;
  }
}

/** Integer codes as sent, a number or an integer string: what a code range can hold. */
function integerOf(code: string | number): number | null {
  const n = typeof code === 'number' ? code : /^-?\d{1,15}$/.test(code) ? Number(code) : NaN;
  return Number.isInteger(n) ? n : null;
}

function rangeOf(format: ErrorFormat, code: string | number | null) {
  if (code === null || format.codeRanges === undefined) return undefined;
  const n = integerOf(code);
  return n === null ? undefined : format.codeRanges.find((r) => n >= r.min && n <= r.max);
}

/**
 * A code's explanation: its catalog entry, else its code range, else the format's rule for the
 * status, else (an error status) the status's generic meaning or (under 2xx, where the status
 * says "success") the format's text for an undocumented code. Never a success text.
 */
function decodeItem(
  exchange: Exchange,
  format: ErrorFormat,
  error: EnvelopeError,
  notesOut: Text[],
  retries: RetryMemo,
  override: RetryRule | undefined,
): DecodedItem {
  const { code } = error;
  let entry = code === null ? undefined : format.catalog.get(String(code));
  let known = entry !== undefined;
  if (entry !== undefined) {
    if (entry.status !== undefined && entry.status !== exchange.status && code !== null) {
      notesOut.push(notes.statusMismatch(code, entry.status, exchange.status));
    }
  } else {
    const range = rangeOf(format, code);
    known = range?.documented === true;
    if (!known && format.hasCatalog !== false) notesOut.push(unknownCodeNote(format, code));
    entry =
      range?.entry ??
      statusEntry(format, exchange.status) ??
      (exchange.status >= 400
        ? httpStatusEntry(exchange.status)
        : (format.undocumentedCode ?? UNDOCUMENTED_CODE));
  }
  return {
    code,
    known,
    message: error.message,
    details: error.details,
    fieldErrors: error.fieldErrors,
    pointers: error.pointers,
    title: entry.title,
    meaning: entry.meaning,
    action: entry.action,
    retry: retries.resolve(override ?? entry.retry, error.retryDelaySeconds),
  };
}

function unknownCodeNote(format: ErrorFormat, code: string | number | null): Text {
  if (code === null) return notes.noCode(format.name);
  return format.exampleCodes?.includes(String(code))
    ? notes.exampleOnly(code, format.name)
    : notes.undocumented(code, format.name);
}

function fromEnvelope(exchange: Exchange, format: ErrorFormat, envelope: Envelope): DecodedError {
  const found: Text[] = [];
  if (exchange.status < 400) found.push(notes.errorUnder2xx(exchange.status));
  const count = envelope.errors.length;
  if (count > 1) found.push(format.batchNote?.(count) ?? notes.batch(count));
  if (envelope.notes) for (const note of envelope.notes) found.push(note);
  // Read once per response: a batch's items share its headers.
  const rateLimit = rateLimitOf(exchange.responseHeaders, exchange.startedAt);
  const retries = new RetryMemo(exchange, format, rateLimit);
  const { errors, retryOverride } = envelope;
  // recognize() returned at least one error; a list only for a batch (indexed: for…of's
  // iterator and the one-item list showed in the profile of every single error).
  const first = decodeItem(
    exchange,
    format,
    errors[0] as EnvelopeError,
    found,
    retries,
    retryOverride,
  );
  const batch: DecodedItem[] = [];
  if (count > 1) {
    batch.push(first);
    for (let i = 1; i < count; i++) {
      batch.push(
        decodeItem(exchange, format, errors[i] as EnvelopeError, found, retries, retryOverride),
      );
    }
  }
  addAllowNote(exchange, found);
  const statusInfo = statusEntry(format, exchange.status) ?? httpStatusEntry(exchange.status);
  // Fields written out: an object spread here cost ~10 µs per error on Node 20 (bench).
  return {
    code: first.code,
    known: first.known,
    message: first.message,
    details: first.details,
    fieldErrors: first.fieldErrors,
    pointers: first.pointers,
    title: first.title,
    meaning: first.meaning,
    action: first.action,
    retry: first.retry,
    format: format.id,
    status: exchange.status,
    httpMeaning: httpMeaning(statusInfo, exchange.status),
    // The pack's sources, tried in order; X-Request-Id when it names none.
    requestId: envelope.requestId,
    rateLimit,
    notes: found,
    batch,
  };
}
