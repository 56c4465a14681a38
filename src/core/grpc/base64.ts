/*
 * Lenient base64: standard or URL alphabet, padded or not, and padding in the middle of the
 * text, which gRPC-Web-text streams have (each message is encoded, and padded, on its own).
 */

const VALUES = new Int8Array(128).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['-'.charCodeAt(0)] = 62;
VALUES['_'.charCodeAt(0)] = 63;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const sextet = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? (VALUES[c] as number) : -1;
};

/** The bytes of base64 text, or `null` for any character outside the alphabets or a lone sextet. */
export function decodeBase64(text: string): Uint8Array | null {
  // Sized for the characters before the trailing padding, each 6 bits: exact for a well-formed
  // text, so the bytes are returned as they are, without subarray(), which cost ~0.7 µs a call.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3d) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let length = 0;
  let i = 0;
  // Fast path: whole groups of four alphabet characters, the bulk of any body.
  for (; i + 4 <= text.length; i += 4) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = sextet(text, i + 2);
    const d = sextet(text, i + 3);
    if ((a | b | c | d) < 0) break;
    out[length++] = (a << 2) | (b >> 4);
    out[length++] = ((b & 15) << 4) | (c >> 2);
    out[length++] = ((c & 3) << 6) | d;
  }
  // The rest, one character at a time: padding mid-stream, spaces, a short last group.
  let buffer = 0;
  let bits = 0;
  let group = 0; // sextets in the current 4-character group
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 0x3d) {
      // '=': ends a group; a lone sextet (group 1) cannot end one.
      if (group === 1) return null;
      if (group !== 0) {
        group = 0;
        bits = 0;
        buffer = 0;
      }
      continue;
    }
    const v = c < 128 ? (VALUES[c] as number) : -1;
    if (v < 0) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    group = (group + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  if (group === 1) return null;
  return length === out.length ? out : out.subarray(0, length);
}

/** The bytes of a string whose characters are bytes (atob's "binary" text). */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

const CHUNK = 8192;

/** Bytes as a string of the same char codes (Latin-1): TextDecoder costs microseconds a call. */
export function latin1String(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** UTF-8 bytes as text; short ASCII, most protobuf strings here, without a TextDecoder call. */
export function utf8String(bytes: Uint8Array): string {
  if (bytes.length > 256) return utf8.decode(bytes);
  for (let i = 0; i < bytes.length; i++)
    if ((bytes[i] as number) >= 0x80) return utf8.decode(bytes);
  return latin1String(bytes);
}
