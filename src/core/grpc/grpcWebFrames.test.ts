import { describe, expect, it } from 'vitest';
import { latin1String } from './base64';
import { parseHeaderBlock, scanFrames } from './grpcWebFrames';

const frame = (flag: number, payload: number[]) => {
  const n = payload.length;
  return [flag, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff, ...payload];
};
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
// A binary string, one char per byte: the form the scanner reads (atob's).
const bytes = (...frames: number[][]) => latin1String(Uint8Array.from(frames.flat()));

describe('scanFrames', () => {
  it('finds the trailer frame after data frames', () => {
    const scan = scanFrames(
      bytes(frame(0, [1, 2, 3]), frame(0x80, ascii('grpc-status: 5\r\ngrpc-message: gone\r\n'))),
    );
    expect(scan.kind).toBe('trailers');
    if (scan.kind !== 'trailers') return;
    expect(Object.fromEntries(scan.trailers.fields)).toEqual({
      'grpc-status': '5',
      'grpc-message': 'gone',
    });
  });

  it('says when frames are cut short, and when there is just no trailer', () => {
    expect(scanFrames(bytes(frame(0, [1, 2, 3])).slice(0, 7))).toEqual({
      kind: 'none',
      truncated: true,
    });
    expect(scanFrames('\0\0\0')).toEqual({ kind: 'none', truncated: true });
    expect(scanFrames(bytes(frame(0, [1, 2])))).toEqual({ kind: 'none', truncated: false });
    expect(scanFrames('')).toEqual({ kind: 'none', truncated: false });
    expect(scanFrames(bytes(frame(0, []), frame(0x80, [])))).toEqual({
      kind: 'trailers',
      trailers: { fields: new Map() },
    });
  });

  it('reads a length of all four bytes, big-endian', () => {
    const payload = new Array<number>(0x10203).fill(0);
    const cut = bytes(frame(0, payload)).slice(0, 5 + 0x10202);
    expect(scanFrames(cut)).toEqual({ kind: 'none', truncated: true });
    const big = bytes([0, 1, 0, 0, 0]);
    expect(scanFrames(big)).toEqual({ kind: 'none', truncated: true });
  });

  it('does not read compressed or oversized trailers', () => {
    expect(scanFrames(bytes(frame(0x81, ascii('x'))))).toEqual({ kind: 'compressed-trailers' });
    const huge = new Array<number>(64 * 1024 + 1).fill(0x61);
    expect(scanFrames(bytes(frame(0x80, huge)))).toEqual({ kind: 'none', truncated: false });
    const limit = new Array<number>(64 * 1024).fill(0x61);
    expect(scanFrames(bytes(frame(0x80, limit))).kind).toBe('trailers');
  });
});

describe('parseHeaderBlock', () => {
  it('reads CRLF or LF lines, lower-cases names, trims both sides, last value wins', () => {
    const block = ' Grpc-Status : 3\ngrpc-message: a: b \r\n: empty name\nno colon\ngrpc-status: 4';
    expect(Object.fromEntries(parseHeaderBlock(block).fields)).toEqual({
      'grpc-status': '4',
      'grpc-message': 'a: b',
    });
  });
});
