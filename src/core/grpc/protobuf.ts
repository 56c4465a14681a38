import { utf8Text } from './base64';

/*
 * A minimal protobuf wire reader: enough to walk google.rpc.Status and its standard details
 * without generated code. It reads a binary string (one char per byte), the form atob() gives:
 * every message here comes from base64, and a string's ASCII text is a slice, not a decode.
 * Every read is bounded by the source; anything malformed reads as `null`, never an exception.
 */

/**
 * One field of a message: its number and its value, a varint as a number, or bytes as their
 * range in the message's source. A range, not a copy: a subarray per field was a third of a
 * Connect 400 body's decoding (bench); one shape for both kinds keeps the reads monomorphic.
 */
export interface WireField {
  readonly field: number;
  /**
   * A varint's value; 0 for bytes. Past 2^53, where a number cannot hold it exactly (a negative
   * int32 or int64 is sent as 2^64 + n), its low 32 bits as a signed number: int32's value.
   */
  readonly varint: number;
  /** The binary string a length-delimited value lies in; `null` for a varint. */
  readonly bytes: string | null;
  readonly start: number;
  readonly end: number;
}

// A message listing more fields than this is hostile: no google.rpc detail comes near it.
export const MAX_FIELDS = 10_000;

// Where the last readVarint() ended, and its low 32 bits as a signed number: module variables,
// not an object per varint.
let varintEnd = 0;
let varintLow32 = 0;

// The field nextField() read: its number, wire type, and value (a varint, or a range of bytes).
let fieldNumber = 0;
let wireType = 0;
let fieldVarint = 0;
let valueStart = 0;
let valueEnd = 0;

/**
 * Reads the field at `at` into the variables above: the position after it, or -1 when it is
 * malformed or runs past `end`. One walker for readRepeated() and readLast().
 */
function nextField(bytes: string, at: number, end: number): number {
  const tag = readVarint(bytes, at, end);
  if (tag < 0) return -1;
  let next = varintEnd;
  // Past 2^31 a tag is no int32 for >>> and &: a field number above 2^28 is legal only so far.
  fieldNumber = tag < 0x80000000 ? tag >>> 3 : Math.floor(tag / 8);
  wireType = tag < 0x80000000 ? tag & 7 : tag % 8;
  if (fieldNumber === 0) return -1;
  switch (wireType) {
    case 0: {
      const value = readVarint(bytes, next, end);
      if (value < 0) return -1;
      fieldVarint = value < 2 ** 53 ? value : varintLow32;
      return varintEnd;
    }
    case 1:
      next += 8;
      break;
    case 2: {
      const length = readVarint(bytes, next, end);
      if (length < 0 || varintEnd + length > end) return -1;
      valueStart = varintEnd;
      valueEnd = varintEnd + length;
      return valueEnd;
    }
    case 5:
      next += 4;
      break;
    default:
      return -1; // groups (3, 4) are long deprecated; 6 and 7 do not exist
  }
  return next > end ? -1 : next;
}

/**
 * The fields of the message in the binary string `bytes` from `start` to `end`, in order, or
 * `null` when those bytes are not a well-formed message.
 */
export function readFields(bytes: string, start = 0, end = bytes.length): WireField[] | null {
  return readRepeated(bytes, start, end, 0, MAX_FIELDS);
}

/**
 * The first `limit` length-delimited values of field `only` (every field when `only` is 0) in
 * the message from `start` to `end`, or `null` when those bytes are not a well-formed message:
 * for a message that is one long repeated field (BadRequest's violations), whose other values
 * are checked but need no object each.
 */
export function readRepeated(
  bytes: string,
  start: number,
  end: number,
  only: number,
  limit: number,
): WireField[] | null {
  const out: WireField[] = [];
  let count = 0;
  let at = start;
  while (at < end) {
    if (count >= MAX_FIELDS) return null;
    at = nextField(bytes, at, end);
    if (at < 0) return null;
    const field = fieldNumber;
    if (wireType === 0) {
      count++;
      if (only === 0) out.push({ field, varint: fieldVarint, bytes: null, start: 0, end: 0 });
    } else if (wireType === 2) {
      count++;
      if (only === 0 || (field === only && out.length < limit))
        out.push({ field, varint: 0, bytes, start: valueStart, end: valueEnd });
    }
  }
  return out;
}

// The fields readLast() indexes: the string fields of a google.rpc detail's items go to 4.
const MAX_INDEXED = 8;
// Per field number, where its last length-delimited value starts and ends; -1 when it has none.
const lastStart = new Int32Array(MAX_INDEXED + 1);
const lastEnd = new Int32Array(MAX_INDEXED + 1);

/**
 * Walks the message from `start` to `end` as readFields() does, and keeps where the last
 * length-delimited value of each field up to `maxField` (at most MAX_INDEXED) lies, for
 * lastText() and lastRange(): false when the message is malformed, as readFields() gives null.
 * No object per field: a detail's items (a form's violations) are read by the dozen. The index
 * is shared: take what a message holds before reading the next.
 */
export function readLast(bytes: string, start: number, end: number, maxField: number): boolean {
  // A loop, not fill(): a builtin call cost more than the few stores (bench).
  for (let i = 0; i <= maxField; i++) lastStart[i] = -1;
  let count = 0;
  let at = start;
  while (at < end) {
    if (count >= MAX_FIELDS) return false;
    at = nextField(bytes, at, end);
    if (at < 0) return false;
    if (wireType === 0) count++;
    else if (wireType === 2) {
      count++;
      if (fieldNumber <= maxField) {
        lastStart[fieldNumber] = valueStart;
        lastEnd[fieldNumber] = valueEnd;
      }
    }
  }
  return true;
}

/** The text of `field`'s last value in the message readLast() read last, or `undefined`. */
export function lastText(bytes: string, field: number): string | undefined {
  const start = lastStart[field] ?? -1;
  return start < 0 ? undefined : utf8Text(bytes, start, lastEnd[field] ?? start);
}

/** Where `field`'s last value lies in the message readLast() read last: [start, end], or null. */
export function lastRange(field: number): readonly [number, number] | null {
  const start = lastStart[field] ?? -1;
  return start < 0 ? null : [start, lastEnd[field] ?? start];
}

/**
 * A varint at `at` (at most 10 bytes, before `end`), its end in `varintEnd`; -1 when cut short.
 * Values past 2^53 lose precision; their low 32 bits are kept exact in `varintLow32`.
 */
function readVarint(bytes: string, at: number, end: number): number {
  if (at >= end) return -1;
  // One byte, most tags and lengths here: an integer all the way, no float arithmetic.
  const first = bytes.charCodeAt(at) & 0xff;
  if (first < 0x80) {
    varintEnd = at + 1;
    varintLow32 = first;
    return first;
  }
  let value = 0;
  let scale = 1;
  let low = 0;
  for (let i = 0; i < 10 && at + i < end; i++) {
    const byte = bytes.charCodeAt(at + i) & 0xff;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    // 32-bit shifts: the fifth byte's bits past 31 fall away, as int32 wants.
    if (i < 5) low |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) {
      varintEnd = at + i + 1;
      varintLow32 = low;
      return value;
    }
  }
  return -1;
}

/** The last length-delimited value of a field (proto3: the last one wins), or `undefined`. */
export function bytesField(fields: readonly WireField[], field: number): WireField | undefined {
  let found: WireField | undefined;
  for (const f of fields) if (f.field === field && f.bytes !== null) found = f;
  return found;
}

/** The fields of a length-delimited value, or `null` when they are not a message. */
export const fieldsOf = (value: WireField): WireField[] | null =>
  value.bytes === null ? null : readFields(value.bytes, value.start, value.end);

const textOf = (value: WireField): string =>
  value.bytes === null ? '' : utf8Text(value.bytes, value.start, value.end);

/** The last value of a string field (proto3: the last one wins), or `undefined`. */
export function stringField(fields: readonly WireField[], field: number): string | undefined {
  const value = bytesField(fields, field);
  return value === undefined ? undefined : textOf(value);
}

/** The values of a repeated bytes, string or message field, in order, the first `limit` of them. */
export function repeatedBytes(
  fields: readonly WireField[],
  field: number,
  limit = MAX_FIELDS,
): WireField[] {
  const out: WireField[] = [];
  for (const f of fields) {
    if (f.field === field && f.bytes !== null && out.push(f) >= limit) break;
  }
  return out;
}

export function repeatedStrings(fields: readonly WireField[], field: number): string[] {
  return repeatedBytes(fields, field).map(textOf);
}

/** An int32 varint field; 0 (proto3's default) when absent. */
export function int32Field(fields: readonly WireField[], field: number): number {
  let found = 0;
  for (const f of fields) if (f.field === field && f.bytes === null) found = f.varint;
  // int32 is the low 32 bits, signed: a negative one was read so already (see WireField).
  return found >= 2 ** 31 ? (found % 2 ** 32) | 0 : found;
}
