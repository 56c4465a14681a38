import { utf8Text } from './base64';

/*
 * A minimal protobuf wire reader: enough to walk google.rpc.Status and its standard details
 * without generated code. Every read is bounded by the buffer; anything malformed reads as
 * `null`, never an exception.
 */

/**
 * One field of a message: its number and its value, a varint as a number, or bytes as their
 * range in the message's buffer. A range, not a subarray: a subarray per field was a third of a
 * Connect 400 body's decoding (bench); one shape for both kinds keeps the reads monomorphic.
 */
export interface WireField {
  readonly field: number;
  /**
   * A varint's value; 0 for bytes. Past 2^53, where a number cannot hold it exactly (a negative
   * int32 or int64 is sent as 2^64 + n), its low 32 bits as a signed number: int32's value.
   */
  readonly varint: number;
  /** The buffer a length-delimited value lies in; `null` for a varint. */
  readonly bytes: Uint8Array | null;
  readonly start: number;
  readonly end: number;
}

// A message listing more fields than this is hostile: no google.rpc detail comes near it.
export const MAX_FIELDS = 10_000;

// Where the last readVarint() ended, and its low 32 bits as a signed number: module variables,
// not an object per varint.
let varintEnd = 0;
let varintLow32 = 0;

/**
 * The fields of the message in `bytes` from `start` to `end`, in order, or `null` when those
 * bytes are not a well-formed message.
 */
export function readFields(bytes: Uint8Array, start = 0, end = bytes.length): WireField[] | null {
  return readRepeated(bytes, start, end, 0, MAX_FIELDS);
}

/**
 * The first `limit` length-delimited values of field `only` (every field when `only` is 0) in
 * the message from `start` to `end`, or `null` when those bytes are not a well-formed message:
 * for a message that is one long repeated field (BadRequest's violations), whose other values
 * are checked but need no object each.
 */
export function readRepeated(
  bytes: Uint8Array,
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
    const tag = readVarint(bytes, at, end);
    if (tag < 0) return null;
    at = varintEnd;
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === 0) return null;
    switch (wireType) {
      case 0: {
        const value = readVarint(bytes, at, end);
        if (value < 0) return null;
        count++;
        const varint = value < 2 ** 53 ? value : varintLow32;
        if (only === 0) out.push({ field, varint, bytes: null, start: 0, end: 0 });
        at = varintEnd;
        break;
      }
      case 1:
        at += 8;
        break;
      case 2: {
        const length = readVarint(bytes, at, end);
        if (length < 0 || varintEnd + length > end) return null;
        count++;
        if (only === 0 || (field === only && out.length < limit))
          out.push({ field, varint: 0, bytes, start: varintEnd, end: varintEnd + length });
        at = varintEnd + length;
        break;
      }
      case 5:
        at += 4;
        break;
      default:
        return null; // groups (3, 4) are long deprecated; 6 and 7 do not exist
    }
    if (at > end) return null;
  }
  return out;
}

/**
 * A varint at `at` (at most 10 bytes, before `end`), its end in `varintEnd`; -1 when cut short.
 * Values past 2^53 lose precision; their low 32 bits are kept exact in `varintLow32`.
 */
function readVarint(bytes: Uint8Array, at: number, end: number): number {
  let value = 0;
  let scale = 1;
  let low = 0;
  for (let i = 0; i < 10 && at + i < end; i++) {
    const byte = bytes[at + i] as number;
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
