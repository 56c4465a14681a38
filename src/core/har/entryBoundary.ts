/**
 * Finds where the next HAR entry ends without scanning its bytes: the bytes between two
 * entries and the start of the next (`}`, `,` and spaces, `{`, the first key) are learnt from
 * two entries that the exact scanner read, then looked for with `indexOf` of their rarest
 * byte. A match is only a guess: it may sit inside a string or a nested array. It is checked
 * by JSON.parse of the entry cut there (see HarEntryReader), which fails on every wrong guess.
 */

import { isJsonSpace, QUOTE } from './jsonScan';

const CLOSE_BRACE = 0x7d;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
/** Longer separators are left to the exact scanner: no HAR writer indents that deep. */
const MAX_BOUNDARY = 256;
/** Bytes around the boundary counted to find its rarest byte. */
const SAMPLE = 8 * 1024;

export interface EntryBoundary {
  /** From the `}` that ends an entry to the closing quote of the next entry's first key. */
  readonly bytes: Uint8Array;
  /** Where the `{` of the next entry is in `bytes`. */
  readonly next: number;
  /** Where in `bytes` the byte that `indexOf` looks for is: the rarest one in the sample. */
  readonly anchor: number;
}

function rarest(bytes: Uint8Array, sample: Uint8Array): number {
  const counts = new Uint32Array(256);
  for (const b of sample) counts[b] = (counts[b] as number) + 1;
  let best = 0;
  for (let j = 1; j < bytes.length; j++) {
    if ((counts[bytes[j] as number] as number) < (counts[bytes[best] as number] as number)) {
      best = j;
    }
  }
  return best;
}

/** Whether `buf[from, to)` is spaces, one comma, spaces: what the reader skips between entries. */
function isSeparator(buf: Uint8Array, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i] as number;
    if (b === COMMA) commas++;
    else if (!isJsonSpace(b)) return false;
  }
  return commas === 1;
}

/**
 * The boundary between an entry that ended at `end` (just past its `}`) in `buf` and the next
 * one, which starts at `start`; null when its bytes are not all in `buf` or are not as
 * expected (an entry that is not an object, or has no simple first key).
 */
export function learnBoundary(buf: Uint8Array, end: number, start: number): EntryBoundary | null {
  if (end < 1 || buf[end - 1] !== CLOSE_BRACE || buf[start] !== OPEN_BRACE) return null;
  // The reader checked these bytes already; checked again, a guess never skips others.
  if (!isSeparator(buf, end, start)) return null;
  let i = start + 1;
  while (i < buf.length && isJsonSpace(buf[i] as number)) i++;
  if (buf[i] !== QUOTE) return null;
  const quote = buf.indexOf(QUOTE, i + 1);
  if (quote <= i + 1 || quote + 1 - (end - 1) > MAX_BOUNDARY) return null;
  if (buf.subarray(i + 1, quote).includes(BACKSLASH)) return null;
  // A copy: Node's Buffer#slice would share the caller's memory.
  const bytes = new Uint8Array(buf.subarray(end - 1, quote + 1));
  const sample = buf.subarray(Math.max(0, start - SAMPLE), start + SAMPLE);
  return { bytes, next: start - (end - 1), anchor: rarest(bytes, sample) };
}

/**
 * Where the first boundary at or after `from` in `buf` starts (its `}`), or -1 when none is
 * wholly in `buf`. Its bytes are all ASCII, so a match never cuts a character.
 */
export function nextBoundary(buf: Uint8Array, from: number, boundary: EntryBoundary): number {
  const { bytes, anchor } = boundary;
  const byte = bytes[anchor] as number;
  for (let a = from + anchor; ; a++) {
    a = buf.indexOf(byte, a);
    const k = a - anchor;
    if (a < 0 || k + bytes.length > buf.length) return -1;
    let j = 0;
    while (j < bytes.length && buf[k + j] === bytes[j]) j++;
    if (j === bytes.length) return k;
  }
}
