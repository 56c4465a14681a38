import { utf8String } from './base64';

/*
 * A minimal protobuf wire reader: enough to walk google.rpc.Status and its standard details
 * without generated code. Every read is bounded by the buffer; anything malformed reads as
 * `null`, never an exception.
 */

/** One field of a message: its number and its value (a varint as a number, or bytes). */
export type WireField =
  | { readonly field: number; readonly varint: number }
  | { readonly field: number; readonly bytes: Uint8Array };

// A message listing more fields than this is hostile: no google.rpc detail comes near it.
export const MAX_FIELDS = 10_000;

/** The fields of one message in order, or `null` when the bytes are not a well-formed message. */
export function readFields(bytes: Uint8Array): WireField[] | null {
  const out: WireField[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (out.length >= MAX_FIELDS) return null;
    const tag = readVarint(bytes, at);
    if (tag === null) return null;
    at = tag.next;
    const field = Math.floor(tag.value / 8);
    const wireType = tag.value % 8;
    if (field === 0) return null;
    switch (wireType) {
      case 0: {
        const v = readVarint(bytes, at);
        if (v === null) return null;
        out.push({ field, varint: v.value });
        at = v.next;
        break;
      }
      case 1:
        at += 8;
        break;
      case 2: {
        const length = readVarint(bytes, at);
        if (length === null || length.next + length.value > bytes.length) return null;
        out.push({ field, bytes: bytes.subarray(length.next, length.next + length.value) });
        at = length.next + length.value;
        break;
      }
      case 5:
        at += 4;
        break;
      default:
        return null; // groups (3, 4) are long deprecated; 6 and 7 do not exist
    }
    if (at > bytes.length) return null;
  }
  return out;
}

/**
 * A varint at `at`: at most 10 bytes. Values past 2^53 lose precision, which no field read
 * here needs (codes, lengths, seconds); a negative int32 reads as its two's complement.
 */
function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } | null {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const byte = bytes[at + i];
    if (byte === undefined) return null;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return null;
}

/** The last value of a string field (proto3: the last one wins), or `undefined`. */
export function stringField(fields: readonly WireField[], field: number): string | undefined {
  const bytes = bytesField(fields, field);
  return bytes === undefined ? undefined : utf8String(bytes);
}

export function bytesField(fields: readonly WireField[], field: number): Uint8Array | undefined {
  let found: Uint8Array | undefined;
  for (const f of fields) if (f.field === field && 'bytes' in f) found = f.bytes;
  return found;
}

/** The values of a repeated bytes, string or message field, in order, the first `limit` of them. */
export function repeatedBytes(
  fields: readonly WireField[],
  field: number,
  limit = MAX_FIELDS,
): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const f of fields) {
    if (f.field === field && 'bytes' in f && out.push(f.bytes) >= limit) break;
  }
  return out;
}

export function repeatedStrings(fields: readonly WireField[], field: number): string[] {
  return repeatedBytes(fields, field).map(utf8String);
}

/** An int32 varint field; 0 (proto3's default) when absent. */
export function int32Field(fields: readonly WireField[], field: number): number {
  let found = 0;
  for (const f of fields) if (f.field === field && 'varint' in f) found = f.varint;
  // A negative int32 is sent as a 10-byte two's complement varint.
  return found >= 2 ** 31 ? found - 2 ** 64 : found;
}
