import { KnownStrings } from '../text/knownStrings';
import { decodeBase64Binary } from './base64';
import {
  bytesField,
  fieldsOf,
  int32Field,
  lastRange,
  lastText,
  readFields,
  readLast,
  readRepeated,
  repeatedBytes,
  repeatedStrings,
  stringField,
  type WireField,
} from './protobuf';

/*
 * google.rpc.Status and the standard details of google/rpc/error_details.proto, decoded from
 * protobuf into their JSON form (proto3 JSON mapping: lowerCamel names, Duration as "13s"), the
 * form a google-rpc JSON body carries, so one behaviour reads both.
 */

type Json = Record<string, unknown>;
type Fields = readonly WireField[];
/**
 * Decodes a detail's message, its bytes (a binary string) from `start` to `end`, onto `out` (as
 * is when malformed).
 */
type Decoder = (bytes: string, start: number, end: number, out: Json) => Json;

// A Status listing more details than this is hostile: AIP-193 allows one of each type.
export const MAX_DETAILS = 64;

const PREFIX = 'type.googleapis.com/';

function plain(entries: readonly (readonly [string, unknown])[]): Json {
  const out = Object.create(null) as Json;
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

/*
 * The details are built as ordinary objects, member by member: their keys are the names below,
 * never a key read from the body (ErrorInfo's metadata, whose keys are, stays prototype-free).
 * A prototype-free object, filled by Object.assign, cost ~3 µs a Connect detail (bench).
 */

/** Sets `key` unless the value is absent, as the JSON mapping leaves out unset fields. */
function set(out: Json, key: string, value: unknown): Json {
  if (value !== undefined) out[key] = value;
  return out;
}

// A list (violations, links, metadata) longer than this is cut: the summary reads 20 at most.
export const MAX_REPEATED = 20;

/** A detail read from all its fields at once: the short ones. */
const ofFields =
  (decode: (fields: Fields, out: Json) => Json): Decoder =>
  (bytes, start, end, out) => {
    const fields = readFields(bytes, start, end);
    return fields === null ? out : decode(fields, out);
  };

/**
 * A detail that is one repeated message, field 1 (violations, links), as `key`: the first
 * MAX_REPEATED values are read, each by `item` from its range (`null` when malformed, and then
 * left out); the others are only checked, not each made an object (a 100 KB BadRequest has a
 * thousand).
 */
const listOf =
  (key: string, item: (bytes: string, start: number, end: number) => Json | null): Decoder =>
  (bytes, start, end, out) => {
    const values = readRepeated(bytes, start, end, 1, MAX_REPEATED);
    if (values === null) return out;
    const items: Json[] = [];
    for (const value of values) {
      const read = item(bytes, value.start, value.end);
      if (read !== null) items.push(read);
    }
    return set(out, key, items);
  };

function message<T>(fields: Fields, field: number, decode: (inner: Fields) => T): T | undefined {
  const value = bytesField(fields, field);
  const inner = value === undefined ? null : fieldsOf(value);
  return inner === null ? undefined : decode(inner);
}

/** google.protobuf.Duration {seconds=1, nanos=2} as its JSON string, "13s" or "1.5s". */
function duration(fields: Fields): string {
  const seconds = int32Field(fields, 1);
  const nanos = int32Field(fields, 2);
  const fraction =
    nanos > 0 && nanos < 1e9 ? String(nanos).padStart(9, '0').replace(/0+$/, '') : '';
  return `${seconds}${fraction === '' ? '' : `.${fraction}`}s`;
}

/** google.rpc.LocalizedMessage {locale=1, message=2}, from the message readLast() read. */
function localizedFromLast(bytes: string, out: Json): Json {
  set(out, 'locale', lastText(bytes, 1));
  return set(out, 'message', lastText(bytes, 2));
}

/** Each known detail type by its full name, with its fields' numbers. */
const DECODERS: ReadonlyMap<string, Decoder> = new Map<string, Decoder>([
  [
    'google.rpc.ErrorInfo',
    ofFields((f, out) => {
      // map<string, string> is a repeated entry message {key=1, value=2}.
      const metadata = Object.create(null) as Record<string, string>;
      for (const entry of repeatedBytes(f, 3, MAX_REPEATED)) {
        const e = fieldsOf(entry);
        if (e !== null) metadata[stringField(e, 1) ?? ''] = stringField(e, 2) ?? '';
      }
      set(out, 'reason', stringField(f, 1));
      set(out, 'domain', stringField(f, 2));
      return set(out, 'metadata', metadata);
    }),
  ],
  ['google.rpc.RetryInfo', ofFields((f, out) => set(out, 'retryDelay', message(f, 1, duration)))],
  [
    'google.rpc.DebugInfo',
    ofFields((f, out) => {
      set(out, 'stackEntries', repeatedStrings(f, 1));
      return set(out, 'detail', stringField(f, 2));
    }),
  ],
  [
    'google.rpc.QuotaFailure',
    listOf('violations', (b, start, end) => {
      if (!readLast(b, start, end, 2)) return null;
      const violation = set({}, 'subject', lastText(b, 1));
      return set(violation, 'description', lastText(b, 2));
    }),
  ],
  [
    'google.rpc.PreconditionFailure',
    listOf('violations', (b, start, end) => {
      if (!readLast(b, start, end, 3)) return null;
      const violation = set({}, 'type', lastText(b, 1));
      set(violation, 'subject', lastText(b, 2));
      return set(violation, 'description', lastText(b, 3));
    }),
  ],
  [
    'google.rpc.BadRequest',
    listOf('fieldViolations', (b, start, end) => {
      if (!readLast(b, start, end, 4)) return null;
      // Named stores, not set(): each site sees one key, so its store stays monomorphic; the
      // most repeated detail (a form's violations), ~10% of a 1 KB Connect 400 body (bench).
      const violation: Json = {};
      const field = lastText(b, 1);
      if (field !== undefined) violation.field = field;
      const description = lastText(b, 2);
      if (description !== undefined) violation.description = description;
      const reason = lastText(b, 3);
      if (reason !== undefined) violation.reason = reason;
      // Read last: reading it replaces the index the three above came from.
      const localized = lastRange(4);
      if (localized !== null && readLast(b, localized[0], localized[1], 2))
        violation.localizedMessage = localizedFromLast(b, {});
      return violation;
    }),
  ],
  [
    'google.rpc.RequestInfo',
    ofFields((f, out) => {
      set(out, 'requestId', stringField(f, 1));
      return set(out, 'servingData', stringField(f, 2));
    }),
  ],
  [
    'google.rpc.ResourceInfo',
    ofFields((f, out) => {
      set(out, 'resourceType', stringField(f, 1));
      set(out, 'resourceName', stringField(f, 2));
      set(out, 'owner', stringField(f, 3));
      return set(out, 'description', stringField(f, 4));
    }),
  ],
  [
    'google.rpc.Help',
    listOf('links', (b, start, end) => {
      if (!readLast(b, start, end, 2)) return null;
      const link = set({}, 'description', lastText(b, 1));
      return set(link, 'url', lastText(b, 2));
    }),
  ],
  [
    'google.rpc.LocalizedMessage',
    (bytes, start, end, out) =>
      readLast(bytes, start, end, 2) ? localizedFromLast(bytes, out) : out,
  ],
]);

/** "type.googleapis.com/google.rpc.RetryInfo" or "google.rpc.RetryInfo" → "google.rpc.RetryInfo". */
export function detailTypeName(typeUrl: string): string {
  const slash = typeUrl.lastIndexOf('/');
  return slash < 0 ? typeUrl : typeUrl.slice(slash + 1);
}

interface KnownType {
  readonly atType: string;
  readonly decode: Decoder;
}

/**
 * Each known type by its name as sent, bare (as Connect sends it) or with the usual prefix, with
 * its `@type`: one lookup a detail, and one constant `@type` string, not one concatenated per
 * detail, which every later lookup by type would hash again (~1 µs a Connect body, bench).
 */
const KNOWN = new KnownStrings<KnownType>(
  [...DECODERS].flatMap(([name, decode]) => {
    const known = { atType: PREFIX + name, decode };
    return [
      [name, known],
      [PREFIX + name, known],
    ] as const;
  }),
);

/**
 * One detail (a google.protobuf.Any's type and value) in its JSON form, `{"@type": …, …fields}`;
 * a type this reader does not know keeps only its `@type`.
 */
export function decodeDetail(typeUrl: string, value: string, start = 0, end = value.length): Json {
  const known = KNOWN.get(typeUrl);
  if (known !== undefined) return known.decode(value, start, end, { '@type': known.atType });
  const decode = DECODERS.get(detailTypeName(typeUrl));
  const out: Json = { '@type': typeUrl.includes('/') ? typeUrl : PREFIX + typeUrl };
  return decode === undefined ? out : decode(value, start, end, out);
}

/** A detail whose value is base64 text (Connect's JSON errors); `null` when it is not base64. */
export function decodeDetailBase64(typeUrl: string, base64: string): Json | null {
  const value = decodeBase64Binary(base64);
  return value === null ? null : decodeDetail(typeUrl, value);
}

/** google.rpc.Status {code=1, message=2, details=3 (Any {type_url=1, value=2})} in JSON form. */
export function decodeStatus(bytes: string): Json | null {
  const fields = readFields(bytes);
  if (fields === null) return null;
  const details = repeatedBytes(fields, 3, MAX_DETAILS).flatMap((any) => {
    const anyFields = fieldsOf(any);
    const typeUrl = anyFields === null ? undefined : stringField(anyFields, 1);
    if (anyFields === null || typeUrl === undefined) return [];
    const value = bytesField(anyFields, 2);
    return [
      value?.bytes
        ? decodeDetail(typeUrl, value.bytes, value.start, value.end)
        : decodeDetail(typeUrl, ''),
    ];
  });
  return plain([
    ['code', int32Field(fields, 1)],
    ['message', stringField(fields, 2) ?? ''],
    ['details', details],
  ]);
}
