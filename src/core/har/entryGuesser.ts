import { learnBoundary, nextBoundary, type EntryBoundary } from './entryBoundary';

/** Wrong guesses allowed before the rate below is judged. */
const MISSES_ALLOWED = 8;
/** Right guesses needed per wrong one to go on guessing. */
const HITS_PER_MISS = 8;
/** Bytes searched in vain before the boundary is learnt again, from the next two entries. */
const RELEARN_AFTER = 4 * 1024 * 1024;

/**
 * Reads HAR entries without the byte scanner, by guessing where each ends (entryBoundary) and
 * letting JSON.parse check the guess. The guess is parsed from where an entry starts, so it
 * parses only when the cut is where that entry ends: a cut inside a string leaves the string
 * open, a cut inside a nested value leaves a bracket open, a cut past the entry leaves a comma
 * and more after the value. Either way JSON.parse throws. A right guess gives the very value,
 * bytes and all, that the scanner would have cut out, and the bytes it skips to the next entry
 * are the separator the scanner accepted when the boundary was learnt.
 *
 * One JSON.parse per entry, not one per run of entries as `[…]`: measured on the bench HAR,
 * runs parsed no faster, and a run with one non-ASCII character decodes to a two-byte string,
 * which decoded and parsed slower than the entries one by one (most of which are ASCII).
 */
export class EntryGuesser {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private boundary: EntryBoundary | null = null;
  /** Just past the last entry the scanner read in this chunk, or -1. */
  private entryEnd = -1;
  /** Where in this chunk guessing may start again. */
  private trust = 0;
  /** Bytes searched since the last boundary found. */
  private dry = 0;
  private hits = 0;
  private misses = 0;
  private gaveUp = false;

  /** Entries read by guessing; the rest were read by the scanner. */
  get guessed(): number {
    return this.hits;
  }

  /** Wrong guesses: cuts that JSON.parse refused. */
  get missed(): number {
    return this.misses;
  }

  startChunk(): void {
    this.entryEnd = -1;
    this.trust = 0;
  }

  /** The scanner read an entry that ended at `end` in this chunk. */
  entryEnded(end: number): void {
    this.entryEnd = end;
  }

  /** The scanner is about to read an entry that starts at `buf[start]`: learn from it. */
  entryStarts(buf: Uint8Array, start: number): void {
    if (this.boundary === null && !this.gaveUp && this.entryEnd >= 0) {
      this.boundary = learnBoundary(buf, this.entryEnd, start);
    }
  }

  /** Whether to guess at `buf[i]`, where an entry (or spaces before it) starts. */
  ready(i: number): boolean {
    return this.boundary !== null && i >= this.trust;
  }

  /**
   * Parses the entry at `buf[from]` up to the next boundary into `out`; returns where the
   * entry after it starts (its `{`: the comma is read), or -1 when there is no boundary in
   * `buf` or the guess was wrong. Then the scanner reads on up to where guessing may resume.
   */
  guess(buf: Uint8Array, from: number, out: unknown[]): number {
    const boundary = this.boundary;
    if (boundary === null) return -1;
    const cut = nextBoundary(buf, from, boundary);
    if (cut < 0) {
      this.trust = buf.length;
      this.dry += buf.length - from;
      // Entries may have changed shape, or one is huge: learning again costs little.
      if (this.dry > RELEARN_AFTER) {
        this.boundary = null;
        this.dry = 0;
      }
      return -1;
    }
    let value: unknown;
    try {
      value = JSON.parse(this.decoder.decode(buf.subarray(from, cut + 1)));
    } catch {
      this.miss(cut);
      return -1;
    }
    out.push(value);
    this.hits++;
    this.dry = 0;
    return cut + boundary.next;
  }

  private miss(cut: number): void {
    this.trust = cut + 1;
    this.misses++;
    // Boundaries that keep turning up inside entries cost a failed parse each: stop.
    if (this.misses > MISSES_ALLOWED && this.misses * HITS_PER_MISS > this.hits) {
      this.gaveUp = true;
      this.boundary = null;
    }
  }
}
