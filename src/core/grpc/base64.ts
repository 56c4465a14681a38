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

/** The bytes of base64 text, or `null` for any character outside the alphabets or a lone sextet. */
export function decodeBase64(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.ceil((text.length * 3) / 4));
  let length = 0;
  let buffer = 0;
  let bits = 0;
  let group = 0; // sextets in the current 4-character group
  for (let i = 0; i < text.length; i++) {
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
  return out.subarray(0, length);
}

/** The bytes of a string whose characters are bytes (atob's "binary" text). */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
