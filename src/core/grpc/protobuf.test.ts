import { describe, expect, it } from 'vitest';
import {
  bytesField,
  int32Field,
  readFields,
  readRepeated,
  repeatedBytes,
  repeatedStrings,
  stringField,
} from './protobuf';

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const tag = (field: number, wire: number) => varint(field * 8 + wire);
const str = (field: number, text: string) => {
  const b = [...new TextEncoder().encode(text)];
  return [...tag(field, 2), ...varint(b.length), ...b];
};
const int = (field: number, n: number) => [...tag(field, 0), ...varint(n)];
// A binary string, one char per byte: the form the reader reads (atob's).
const buf = (...parts: number[][]) => String.fromCharCode(...parts.flat());

describe('readFields: the wire format', () => {
  it('reads varints, strings, and skips fixed64 and fixed32 values', () => {
    const fields = readFields(
      buf(int(1, 300), [...tag(2, 1), 1, 2, 3, 4, 5, 6, 7, 8], str(3, 'hé'), [
        ...tag(4, 5),
        1,
        2,
        3,
        4,
      ]),
    );
    expect(fields?.map((f) => f.field)).toEqual([1, 3]);
    expect(fields?.[0]?.varint).toBe(300);
    expect(fields === null ? null : stringField(fields, 3)).toBe('hé');
  });

  it('refuses field 0, groups, unknown wire types and values cut short', () => {
    expect(readFields(buf(tag(0, 0), [1]))).toBeNull();
    expect(readFields(buf(tag(1, 3)))).toBeNull();
    expect(readFields(buf(tag(1, 7)))).toBeNull();
    expect(readFields(buf(tag(1, 0), [0x80]))).toBeNull();
    expect(readFields(buf([0x80]))).toBeNull();
    expect(readFields(buf(tag(1, 2), [5, 0x61]))).toBeNull();
    expect(readFields(buf(tag(1, 1), [1, 2, 3]))).toBeNull();
    expect(readFields(buf(tag(1, 5), [1, 2, 3]))).toBeNull();
    expect(readFields(buf(tag(1, 2), [0]))).toEqual([
      { field: 1, varint: 0, bytes: expect.any(String), start: 2, end: 2 },
    ]);
  });

  it('reads only the given range, and a varint of at most 10 bytes', () => {
    const bytes = buf(int(1, 7), int(2, 9));
    expect(readFields(bytes, 2, 4)?.map((f) => f.varint)).toEqual([9]);
    expect(readFields(bytes, 0, 1)).toBeNull();
    const ten = [...tag(1, 0), ...new Array<number>(9).fill(0xff), 0x01];
    expect(readFields(buf(ten))).not.toBeNull();
    const eleven = [...tag(1, 0), ...new Array<number>(10).fill(0xff), 0x01];
    expect(readFields(buf(eleven))).toBeNull();
  });

  it('reads the first values of one repeated field, checking the others', () => {
    const bytes = buf(str(1, 'a'), int(2, 3), str(1, 'b'), str(3, 'c'), str(1, 'd'));
    expect(readRepeated(bytes, 0, bytes.length, 1, 2)?.map((f) => f.start)).toEqual([2, 7]);
    expect(readRepeated(bytes, 0, bytes.length, 1, 3)).toHaveLength(3);
    expect(readRepeated(buf(str(1, 'a'), [0x80]), 0, 4, 1, 5)).toBeNull();
  });
});

describe('field readers', () => {
  const fields = readFields(buf(str(1, 'a'), str(1, 'b'), int(1, 5), int(2, 7), int(2, 9))) ?? [];

  it('take the last value of a field, of the right wire type', () => {
    expect(stringField(fields, 1)).toBe('b');
    expect(bytesField(fields, 2)).toBeUndefined();
    expect(stringField(fields, 9)).toBeUndefined();
    expect(int32Field(fields, 2)).toBe(9);
    expect(int32Field(fields, 1)).toBe(5);
    expect(int32Field(fields, 9)).toBe(0);
  });

  it('list repeated values in order, up to a limit', () => {
    expect(repeatedStrings(fields, 1)).toEqual(['a', 'b']);
    expect(repeatedBytes(fields, 1, 1)).toHaveLength(1);
    expect(repeatedBytes(fields, 1, 2)).toHaveLength(2);
    expect(repeatedBytes(fields, 2)).toEqual([]);
  });

  it('reads an int32 up to 2^31 - 1 as it is', () => {
    expect(int32Field(readFields(buf(int(1, 2 ** 31 - 1))) ?? [], 1)).toBe(2 ** 31 - 1);
  });

  // A negative int32 goes on the wire sign-extended to 64 bits: ten bytes, 2^64 + n.
  const negative = (n: number): number[] => {
    let v = (1n << 64n) + BigInt(n);
    const out: number[] = [];
    while (v >= 128n) {
      out.push(Number(v % 128n) | 128);
      v /= 128n;
    }
    out.push(Number(v));
    return [1 << 3, ...out];
  };

  it('reads a negative int32 exactly', () => {
    for (const n of [-1, -2, -5000, -(2 ** 31), -123_456_789]) {
      const bytes = negative(n);
      expect(bytes).toHaveLength(11);
      expect(int32Field(readFields(String.fromCharCode(...bytes)) ?? [], 1), String(n)).toBe(n);
    }
  });

  it('reads an int32 sent as a larger varint by its low 32 bits', () => {
    expect(int32Field(readFields(buf(int(1, 2 ** 32 + 7))) ?? [], 1)).toBe(7);
    expect(int32Field(readFields(buf(int(1, 2 ** 32 - 1))) ?? [], 1)).toBe(-1);
  });
});
