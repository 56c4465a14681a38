/*
 * Lenient base64: standard or URL alphabet, padded or not, and padding in the middle of the
 * text, which gRPC-Web-text streams have (each message is encoded, and padded, on its own).
 */

// 256 entries, so a fast-path lookup needs no range check past one test of the four codes.
const VALUES = new Int32Array(256).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['-'.charCodeAt(0)] = 62;
VALUES['_'.charCodeAt(0)] = 63;

// ASCII whitespace, as atob() skips it: form feed too, so both decoders read the same bytes.
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c;

/**
 * The most bytes `text` can decode to: 6 bits a character before the trailing padding. Exact for
 * a well-formed text, so decodeBase64() returns its buffer as it is, without subarray().
 */
export function base64Capacity(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3d) end--;
  return Math.floor((end * 3) / 4);
}

/** The bytes of base64 text, or `null` for any character outside the alphabets or a lone sextet. */
export function decodeBase64(text: string): Uint8Array | null {
  const out = new Uint8Array(base64Capacity(text));
  const length = decodeBase64Into(text, out);
  if (length < 0) return null;
  return length === out.length ? out : out.subarray(0, length);
}

/**
 * Decodes base64 text into `out`, which holds at least base64Capacity(text) bytes: the count of
 * bytes written, or -1 as decodeBase64() gives `null`.
 */
function decodeBase64Into(text: string, out: Uint8Array): number {
  let length = 0;
  let i = 0;
  // Fast path: whole groups of four alphabet characters, the bulk of any body, as one 24-bit
  // word, which a character outside the alphabets (-1) makes negative: ~30% faster (bench).
  for (; i + 4 <= text.length; i += 4) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    if ((a | b | c | d) > 0xff) break;
    const word =
      ((VALUES[a] as number) << 18) |
      ((VALUES[b] as number) << 12) |
      ((VALUES[c] as number) << 6) |
      (VALUES[d] as number);
    if (word < 0) break;
    out[length++] = word >> 16;
    out[length++] = (word >> 8) & 0xff;
    out[length++] = word & 0xff;
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
      if (group === 1) return -1;
      if (group !== 0) {
        group = 0;
        bits = 0;
        buffer = 0;
      }
      continue;
    }
    const v = c < 128 ? (VALUES[c] as number) : -1;
    if (v < 0) return -1;
    buffer = (buffer << 6) | v;
    bits += 6;
    group = (group + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return group === 1 ? -1 : length;
}

/** The bytes of a string whose characters are bytes (atob's "binary" text), or of a range of it. */
export function latin1Bytes(text: string, start = 0, end = text.length): Uint8Array {
  const out = new Uint8Array(end - start);
  for (let i = start; i < end; i++) out[i - start] = text.charCodeAt(i) & 0xff;
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

/*
 * atob() where the platform has it (browsers, workers, Node 16+): native, ~3× faster than the
 * loop above on a Connect detail's value (bench). It refuses what the loop reads leniently (the
 * URL alphabet, padding mid-text), which then goes to the loop.
 */
const nativeAtob: ((text: string) => string) | undefined =
  typeof globalThis.atob === 'function' ? globalThis.atob.bind(globalThis) : undefined;

/**
 * The bytes of base64 text as a binary string (one char per byte, atob's form), or `null` as
 * decodeBase64() gives it: the form the protobuf reader reads.
 */
export function decodeBase64Binary(text: string, atob = nativeAtob): string | null {
  // Node's atob() validates its input in JS first: ~0.1 µs, which an empty value can skip.
  if (text === '') return '';
  if (atob !== undefined) {
    try {
      return atob(text);
    } catch {
      // Not forgiving-base64: the lenient loop decides.
    }
  }
  const bytes = decodeBase64(text);
  return bytes === null ? null : latin1String(bytes);
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

// A slice of a longer string keeps the whole string alive in V8 (a sliced string): past this
// source length, text is copied out, so a decoded detail keeps at most this much of its bytes.
const SLICE_SOURCE_MAX = 1024;
// V8 copies a slice shorter than this anyway.
const COPIED_SLICE = 13;
// ASCII text up to this long is copied in pieces; longer text goes through TextDecoder.
const PIECEWISE_MAX = 256;

const ASCII_ONLY = /^[^\x80-\uffff]*$/;
// The short source utf8Text() read last, and whether all of it is ASCII: a detail's strings
// then need no check each.
let checkedSource = '';
let checkedAscii = true;

/**
 * ASCII text as a new string, built four chars at a time: none of it is a slice of `source`.
 * ~0.1 µs for a 14-char field name, where a TextDecoder call costs microseconds (bench).
 */
function copyAscii(source: string, start: number, end: number): string {
  let out = '';
  let i = start;
  for (; i + 4 <= end; i += 4) {
    out += String.fromCharCode(
      source.charCodeAt(i),
      source.charCodeAt(i + 1),
      source.charCodeAt(i + 2),
      source.charCodeAt(i + 3),
    );
  }
  for (; i < end; i++) out += String.fromCharCode(source.charCodeAt(i));
  return out;
}

/**
 * The UTF-8 text of the binary string `source` from `start` to `end`. ASCII, most protobuf
 * strings here, is a slice of a short source (no TextDecoder call, no bytes copied), or a copy.
 * A new source is checked once, whole, for ASCII: one native scan a detail, not a loop a string
 * (~40 ns each); one too long to slice is not scanned, and each string is checked as it is read.
 */
export function utf8Text(source: string, start: number, end: number): string {
  if (source !== checkedSource) {
    // Only a short source is kept here: a module variable must not hold a body alive either.
    const short = source.length <= SLICE_SOURCE_MAX;
    checkedSource = short ? source : '';
    checkedAscii = short && ASCII_ONLY.test(source);
  }
  let ascii = checkedAscii;
  if (!ascii) {
    ascii = true;
    for (let i = start; i < end; i++) {
      if (source.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
  }
  if (ascii) {
    if (end - start < COPIED_SLICE || source.length <= SLICE_SOURCE_MAX)
      return source.slice(start, end);
    if (end - start <= PIECEWISE_MAX) return copyAscii(source, start, end);
  }
  return utf8.decode(latin1Bytes(source, start, end));
}
