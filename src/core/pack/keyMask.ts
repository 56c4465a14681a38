/**
 * Which of the top-level keys that packs need a body owns, as one bit each, read in one pass
 * over the body's keys. The decoder then skips a pack whose claim needs a key the body lacks,
 * without calling it: on mixed traffic each claim's first read of the body was a lookup V8 no
 * longer caches, and a Graph or GitHub error went through up to ten of them (bench).
 */

// A 31-bit mask: keys past the 31st (many user packs) get no bit, and their packs no skipping.
const MAX_KEYS = 31;
const BITS = new Map<string, number>();

/** The bit of a key a pack needs, registered on first use; `undefined` once the bits run out. */
export function keyBit(key: string): number | undefined {
  const known = BITS.get(key);
  if (known !== undefined || BITS.size >= MAX_KEYS) return known;
  const bit = 2 ** BITS.size;
  BITS.set(key, bit);
  return bit;
}

/** Any of these keys (a pack's success key or its match key), or `undefined`: never skipped. */
export function keysMask(keys: readonly string[] | undefined): number | undefined {
  if (keys === undefined) return undefined;
  let mask = 0;
  for (const key of keys) {
    const bit = keyBit(key);
    if (bit === undefined) return undefined;
    mask |= bit;
  }
  return mask;
}

// Envelopes have a handful of top-level keys; a body with more is read by every claim instead.
const MAX_SCANNED = 32;
const ALL = -1;

/** The bits of the keys an object body owns; every bit for a body with many keys. */
export function bodyKeys(body: object): number {
  let mask = 0;
  let scanned = 0;
  for (const key in body) {
    if (++scanned > MAX_SCANNED) return ALL;
    // for…in also lists inherited enumerable keys, which JSON.parse's objects never have: a
    // stray bit only means a claim is asked, never that one is skipped.
    mask |= BITS.get(key) ?? 0;
  }
  return mask;
}
