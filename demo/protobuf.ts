/*
 * A protobuf writer for the demo and the tests, written apart from the reader (src/core/grpc): it
 * builds google.rpc.Status bytes the way protoc's output lays them out, and gRPC-Web frames.
 */

export function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

const enc = new TextEncoder();

/** A length-delimited field (wire type 2): a string, bytes or a message. */
export function field(number: number, value: string | number[]): number[] {
  const bytes = typeof value === 'string' ? [...enc.encode(value)] : value;
  return [...varint(number * 8 + 2), ...varint(bytes.length), ...bytes];
}

/** A varint field (wire type 0). */
export function int(number: number, value: number): number[] {
  return [...varint(number * 8), ...varint(value)];
}

/** google.protobuf.Any {type_url=1, value=2}. */
export function any(typeName: string, value: number[]): number[] {
  return [...field(1, `type.googleapis.com/${typeName}`), ...field(2, value)];
}

/** google.rpc.Status {code=1, message=2, details=3}. */
export function status(code: number, message: string, details: number[][]): number[] {
  return [...int(1, code), ...field(2, message), ...details.flatMap((d) => field(3, d))];
}

/** A gRPC-Web frame: flag byte, 4-byte big-endian length, payload. */
export function frame(flag: number, payload: number[] | string): number[] {
  const bytes = typeof payload === 'string' ? [...enc.encode(payload)] : payload;
  const n = bytes.length;
  return [flag, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff, ...bytes];
}

export const base64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
