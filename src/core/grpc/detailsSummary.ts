import { isObject, own, type JsonObject } from '../json/guards';
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
const MEMBERS: ReadonlyMap<string, string> = new Map(
  NAMES.flatMap(([name, member]) => [
    [`type.googleapis.com/${name}`, member],
    [name, member],
  ]),
);

const memberOf = (type: string): string | undefined =>
  MEMBERS.get(type) ?? MEMBERS.get(detailTypeName(type));

const DURATION = /^(\d{1,12})(?:\.(\d{1,9}))?s$/;

/** A google.protobuf.Duration in JSON ("13s", "1.5s") in seconds; `undefined` when malformed. */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DURATION.exec(value.trim());
  if (m === null) return undefined;
  return Number(m[1]) + (m[2] === undefined ? 0 : Number(`0.${m[2]}`));
}

const str = (obj: JsonObject, key: string): string => {
  const value = own(obj, key);
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : '';
};

const list = (obj: JsonObject, key: string, max = MAX_ITEMS): JsonObject[] => {
  const value = own(obj, key);
  return Array.isArray(value) ? value.slice(0, max).filter(isObject) : [];
};

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

function metadataText(info: JsonObject): string {
  const metadata = own(info, 'metadata');
  if (!isObject(metadata)) return '';
  const pairs: string[] = [];
  for (const key in metadata) {
    if (pairs.length >= MAX_ITEMS) break;
    const value = own(metadata, key);
    if (typeof value === 'string')
      pairs.push(`${key.slice(0, MAX_TEXT)}=${value.slice(0, MAX_TEXT)}`);
  }
  return pairs.join(', ');
}

/** The notes one detail gives, in the panel's two languages. */
function notesOf(member: string, d: JsonObject, retryDelaySeconds: number | undefined): Text[] {
  switch (member) {
    case 'errorInfo': {
      const domain = str(d, 'domain');
      const meta = metadataText(d);
      const en = joined(`Reason: ${str(d, 'reason')}`, domain && `(domain ${domain})`);
      const ru = joined(`Причина: ${str(d, 'reason')}`, domain && `(домен ${domain})`);
      return [both(meta ? `${en}; ${meta}` : en, meta ? `${ru}; ${meta}` : ru)];
    }
    case 'retryInfo':
      return retryDelaySeconds === undefined
        ? []
        : [
            both(
              `The server asks to retry no sooner than in ${retryDelaySeconds} s (RetryInfo).`,
              `Сервер просит повторить не раньше чем через ${retryDelaySeconds} с (RetryInfo).`,
            ),
          ];
    case 'quotaFailure':
      return list(d, 'violations', MAX_NOTED).map((v) => {
        const what = joined(str(v, 'subject'), str(v, 'description'));
        return both(`Quota exceeded: ${what}`, `Превышена квота: ${what}`);
      });
    case 'preconditionFailure':
      return list(d, 'violations', MAX_NOTED).map((v) => {
        const what = joined(str(v, 'type'), str(v, 'subject'), str(v, 'description'));
        return both(`Precondition failed: ${what}`, `Не выполнено условие: ${what}`);
      });
    case 'help':
      // Text only: a link in an error body is shown, never made clickable or opened.
      return list(d, 'links', MAX_NOTED).map((l) => {
        const link = joined(str(l, 'description'), str(l, 'url') && `<${str(l, 'url')}>`);
        return both(`Help: ${link}`, `Справка: ${link}`);
      });
    case 'localizedMessage': {
      const locale = str(d, 'locale');
      return [
        both(
          `Localized message (${locale}): ${str(d, 'message')}`,
          `Локализованное сообщение (${locale}): ${str(d, 'message')}`,
        ),
      ];
    }
    case 'resourceInfo': {
      const what = joined(str(d, 'resourceType'), str(d, 'resourceName'), str(d, 'description'));
      return [both(`Resource: ${what}`, `Ресурс: ${what}`)];
    }
    case 'debugInfo':
      return [
        both(`Debug info: ${str(d, 'detail')}`, `Отладочная информация: ${str(d, 'detail')}`),
      ];
    default:
      return [];
  }
}

/** Summarizes a details array (`[{"@type": …, …}]`); anything else is an empty summary. */
export function summarizeDetails(value: unknown): DetailsSummary | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const details = Object.create(null) as Record<string, unknown>;
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
    notes.push(...notesOf(member, item, retryDelaySeconds));
  }
  if (other.length > 0) details['other'] = other;
  return { details, fieldErrors, retryDelaySeconds, requestId, notes };
}
