import { REDACTED } from './placeholder';
import { authScheme } from './secretNames';

/** The value of a secret header, redacted: `Bearer [REDACTED]` keeps the scheme word. */
export function secretHeaderValue(name: string, value: string): string {
  if (value.trim() === '') return value;
  const scheme = authScheme(name, value);
  return scheme === null ? REDACTED : `${scheme} ${REDACTED}`;
}

/**
 * Percent-decoding that never throws: each escape that spells UTF-8 is decoded, a malformed one
 * (`50%`, `%zz`, an escape cut by truncation) stays as it is, so that one stray `%` does not
 * hide the secrets the rest of the text encodes.
 */
export function safeDecode(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  return text.replace(/\+/g, ' ').replace(ESCAPES, decodeRun);
}

const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;

function decodeOrNull(escapes: string): string | null {
  try {
    return decodeURIComponent(escapes);
  } catch {
    return null;
  }
}

/** The byte the escape at `at` of a run spells, or NaN past the run's end. */
const byteAt = (run: string, at: number) => parseInt(run.slice(at + 1, at + 3), 16);

/** How many bytes the UTF-8 sequence that `lead` starts has; 0 when it starts none. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** The bytes a continuation after `lead` may be (RFC 3629: no overlong form, no surrogate). */
function continuationRange(lead: number, k: number): [number, number] {
  if (k === 1 && lead === 0xe0) return [0xa0, 0xbf];
  if (k === 1 && lead === 0xed) return [0x80, 0x9f];
  if (k === 1 && lead === 0xf0) return [0x90, 0xbf];
  if (k === 1 && lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * A run of `%XX` escapes, decoded one UTF-8 sequence at a time when it is not valid whole.
 * Sequences are checked before decoding: a throw per stray byte would make a hostile run slow.
 */
function decodeRun(run: string): string {
  const whole = decodeOrNull(run);
  if (whole !== null) return whole;
  let out = '';
  let i = 0;
  while (i < run.length) {
    const lead = byteAt(run, i);
    const bytes = sequenceLength(lead);
    let valid = bytes > 0;
    for (let k = 1; valid && k < bytes; k++) {
      const [low, high] = continuationRange(lead, k);
      const next = byteAt(run, i + 3 * k);
      valid = next >= low && next <= high;
    }
    const decoded = valid ? decodeOrNull(run.slice(i, i + 3 * bytes)) : null;
    out += decoded ?? run.slice(i, i + 3);
    i += decoded === null ? 3 : 3 * bytes;
  }
  return out;
}
