import { isObject, own, type JsonObject } from '../json/guards';
import { KnownStrings } from '../text/knownStrings';
import type { FieldError, Text } from '../types';
import { detailTypeName } from './rpcDetails';

/*
 * What the google.rpc details of an error say (ErrorInfo, RetryInfo, BadRequest, QuotaFailure,
 * Help, RequestInfo…), read from their JSON form: AIP-193 bodies carry it as is, and the
 * gRPC-Web and Connect readers decode protobuf into it. Everything becomes text: help links
 * are shown, never opened.
 */

export interface DetailsSummary {
  /** One member per detail type, `errorInfo`, `retryInfo`…, and `other` for unknown types. */
  readonly details: Record<string, unknown>;
  readonly fieldErrors: readonly FieldError[];
  readonly retryDelaySeconds: number | undefined;
  readonly requestId: string | null;
  readonly notes: readonly Text[];
}

// A hostile list may hold thousands of details or violations; the panel needs a few.
const MAX_DETAILS = 64;
const MAX_ITEMS = 20;
const MAX_TEXT = 300;

const NAMES: readonly (readonly [string, string])[] = [
  ['google.rpc.ErrorInfo', 'errorInfo'],
  ['google.rpc.RetryInfo', 'retryInfo'],
  ['google.rpc.DebugInfo', 'debugInfo'],
  ['google.rpc.QuotaFailure', 'quotaFailure'],
  ['google.rpc.PreconditionFailure', 'preconditionFailure'],
  ['google.rpc.BadRequest', 'badRequest'],
  ['google.rpc.RequestInfo', 'requestInfo'],
  ['google.rpc.ResourceInfo', 'resourceInfo'],
  ['google.rpc.Help', 'help'],
  ['google.rpc.LocalizedMessage', 'localizedMessage'],
];

/** Type URL as sent (most often "type.googleapis.com/…") → its member in the details. */
const MEMBERS = new KnownStrings<string>(
  NAMES.flatMap(([name, member]) => [
    [`type.googleapis.com/${name}`, member],
    [name, member],
  ]),
);

const memberOf = (type: string): string | undefined =>
  MEMBERS.get(type) ?? MEMBERS.get(detailTypeName(type));

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * A google.protobuf.Duration in JSON ("13s", "1.5s") in seconds; `undefined` when malformed.
 * /^(\d{1,12})(?:\.(\d{1,9}))?s$/ by hand: the regex cost ~0.3 µs a RetryInfo (bench).
 */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let i = 0;
  while (isDigit(text.charCodeAt(i))) i++;
  const whole = i;
  if (whole < 1 || whole > 12) return undefined;
  let fraction: string | undefined;
  if (text.charCodeAt(i) === 0x2e) {
    const from = ++i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === from || i - from > 9) return undefined;
    fraction = text.slice(from, i);
  }
  if (i !== text.length - 1 || text.charCodeAt(i) !== 0x73) return undefined;
  return Number(text.slice(0, whole)) + (fraction === undefined ? 0 : Number(`0.${fraction}`));
}

const str = (obj: JsonObject, key: string): string => {
  const value = own(obj, key);
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : '';
};

/** The objects among the first `max` items of a list member. */
function list(obj: JsonObject, key: string, max = MAX_ITEMS): JsonObject[] {
  const value = own(obj, key);
  const out: JsonObject[] = [];
  if (!Array.isArray(value)) return out;
  const end = Math.min(value.length, max);
  for (let i = 0; i < end; i++) {
    const item: unknown = value[i];
    if (isObject(item)) out.push(item);
  }
  return out;
}

// Notes are for reading: a few violations each; the details keep up to MAX_ITEMS.
const MAX_NOTED = 5;

const both = (en: string, ru: string): Text => ({ en, ru });
/** Non-empty parts with a space between: no array built, this runs for every detail. */
function joined(a: string, b: string, c = ''): string {
  let out = a;
  if (b !== '') out = out === '' ? b : `${out} ${b}`;
  if (c !== '') out = out === '' ? c : `${out} ${c}`;
  return out;
}

/** "key=value, key=value": concatenated, as Array#join cost ~0.4 µs an ErrorInfo (bench). */
function metadataText(info: JsonObject): string {
  const metadata = own(info, 'metadata');
  if (!isObject(metadata)) return '';
  let text = '';
  let pairs = 0;
  for (const key in metadata) {
    if (pairs >= MAX_ITEMS) break;
    const value = own(metadata, key);
    if (typeof value !== 'string') continue;
    const pair = `${key.slice(0, MAX_TEXT)}=${value.slice(0, MAX_TEXT)}`;
    text = pairs++ === 0 ? pair : `${text}, ${pair}`;
  }
  return text;
}

/**
 * Pushes the notes one detail gives, in the panel's two languages, onto `out`: pushed, not
 * returned in an array spread into the list, which cost ~1 µs a detail (bench).
 */
function addNotes(
  out: Text[],
  member: string,
  d: JsonObject,
  retryDelaySeconds: number | undefined,
): void {
  switch (member) {
    case 'errorInfo': {
      const domain = str(d, 'domain');
      const reason = str(d, 'reason');
      const meta = metadataText(d);
      const en = joined(`Reason: ${reason}`, domain && `(domain ${domain})`);
      const ru = joined(`Причина: ${reason}`, domain && `(домен ${domain})`);
      out.push(both(meta ? `${en}; ${meta}` : en, meta ? `${ru}; ${meta}` : ru));
      return;
    }
    case 'retryInfo':
      if (retryDelaySeconds !== undefined)
        out.push(
          both(
            `The server asks to retry no sooner than in ${retryDelaySeconds} s (RetryInfo).`,
            `Сервер просит повторить не раньше чем через ${retryDelaySeconds} с (RetryInfo).`,
          ),
        );
      return;
    case 'quotaFailure':
      for (const v of list(d, 'violations', MAX_NOTED)) {
        const what = joined(str(v, 'subject'), str(v, 'description'));
        out.push(both(`Quota exceeded: ${what}`, `Превышена квота: ${what}`));
      }
      return;
    case 'preconditionFailure':
      for (const v of list(d, 'violations', MAX_NOTED)) {
        const what = joined(str(v, 'type'), str(v, 'subject'), str(v, 'description'));
        out.push(both(`Precondition failed: ${what}`, `Не выполнено условие: ${what}`));
      }
      return;
    case 'help':
      // Text only: a link in an error body is shown, never made clickable or opened.
      for (const l of list(d, 'links', MAX_NOTED)) {
        const url = str(l, 'url');
        const link = joined(str(l, 'description'), url && `<${url}>`);
        out.push(both(`Help: ${link}`, `Справка: ${link}`));
      }
      return;
    case 'localizedMessage': {
      const locale = str(d, 'locale');
      const message = str(d, 'message');
      out.push(
        both(
          `Localized message (${locale}): ${message}`,
          `Локализованное сообщение (${locale}): ${message}`,
        ),
      );
      return;
    }
    case 'resourceInfo': {
      const what = joined(str(d, 'resourceType'), str(d, 'resourceName'), str(d, 'description'));
      out.push(both(`Resource: ${what}`, `Ресурс: ${what}`));
      return;
    }
    case 'debugInfo': {
      const detail = str(d, 'detail');
      out.push(both(`Debug info: ${detail}`, `Отладочная информация: ${detail}`));
      return;
    }
  }
}

/** Summarizes a details array (`[{"@type": …, …}]`); anything else is an empty summary. */
export function summarizeDetails(value: unknown): DetailsSummary | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  // An ordinary object: its keys are the member names above, never a key of the body, and a
  // prototype-free one (a dictionary in V8) cost ~0.7 µs a body to fill (bench).
  const details: Record<string, unknown> = {};
  const other: JsonObject[] = [];
  const fieldErrors: FieldError[] = [];
  const notes: Text[] = [];
  let retryDelaySeconds: number | undefined;
  let requestId: string | null = null;
  const end = Math.min(value.length, MAX_DETAILS);
  for (let i = 0; i < end; i++) {
    const item: unknown = value[i];
    if (!isObject(item)) continue;
    const type = own(item, '@type');
    const member = typeof type === 'string' ? memberOf(type) : undefined;
    // AIP-193: each type at most once; a second one is kept with the unknown ones.
    if (member === undefined || member in details) {
      other.push(item);
      continue;
    }
    details[member] = item;
    if (member === 'retryInfo') retryDelaySeconds = durationSeconds(own(item, 'retryDelay'));
    if (member === 'requestInfo') requestId = str(item, 'requestId') || null;
    if (member === 'badRequest') {
      for (const v of list(item, 'fieldViolations')) {
        const field = str(v, 'field');
        const description = str(v, 'description');
        if (description !== '') fieldErrors.push({ field, messages: [description] });
      }
    }
    addNotes(notes, member, item, retryDelaySeconds);
  }
  if (other.length > 0) details['other'] = other;
  return { details, fieldErrors, retryDelaySeconds, requestId, notes };
}
