import { latin1Bytes, latin1String } from './base64';

/*
 * gRPC-Web response framing (grpc/grpc doc/PROTOCOL-WEB.md): a body of frames, each a flag
 * byte, a 4-byte big-endian length and that many bytes. Flag bit 0x80 marks the trailer frame,
 * an HTTP/1-style header block ("grpc-status: 3\r\n"); bit 0x01 marks a compressed one.
 */

export interface Trailers {
  /** Lower-case names; the last value of a repeated name wins. */
  readonly fields: ReadonlyMap<string, string>;
}

export type FrameScan =
  | { readonly kind: 'trailers'; readonly trailers: Trailers }
  /** A trailer frame whose bytes are compressed: its status cannot be read here. */
  | { readonly kind: 'compressed-trailers' }
  /** No trailer frame: data frames only, or frames cut short. */
  | { readonly kind: 'none'; readonly truncated: boolean };

const TRAILER = 0x80;
const COMPRESSED = 0x01;
// No trailer block is near this; a longer "header line" is not one.
const MAX_TRAILER_BYTES = 64 * 1024;
const MAX_TRAILER_LINES = 200;

/**
 * Walks the frames of a binary string (one char per byte, as atob() gives it) and returns the
 * trailers of the first trailer frame (which must be last).
 */
export function scanFrames(bytes: string): FrameScan {
  let at = 0;
  while (at + 5 <= bytes.length) {
    const flag = bytes.charCodeAt(at);
    const length =
      bytes.charCodeAt(at + 1) * 0x1000000 +
      (bytes.charCodeAt(at + 2) << 16) +
      (bytes.charCodeAt(at + 3) << 8) +
      bytes.charCodeAt(at + 4);
    const end = at + 5 + length;
    if (end > bytes.length) return { kind: 'none', truncated: true };
    if ((flag & TRAILER) !== 0) {
      if ((flag & COMPRESSED) !== 0) return { kind: 'compressed-trailers' };
      if (length > MAX_TRAILER_BYTES) return { kind: 'none', truncated: false };
      // Copied out, not sliced: a slice (and every value cut from it) would keep the whole
      // body alive in V8, megabytes per error in the panel, past its body budget.
      const block = latin1String(latin1Bytes(bytes, at + 5, end));
      return { kind: 'trailers', trailers: parseHeaderBlock(block) };
    }
    at = end;
  }
  return { kind: 'none', truncated: at !== bytes.length };
}

/**
 * "key1: foo\r\nkey2: bar\r\n" (the last newline optional), as a binary string; lines without
 * a colon are skipped.
 */
export function parseHeaderBlock(block: string): Trailers {
  const fields = new Map<string, string>();
  const lines = block.split(/\r?\n/, MAX_TRAILER_LINES);
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { fields };
}
