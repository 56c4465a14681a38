import type { Header } from '../core/types';

// Past this many distinct headers the table starts afresh: unique values (Date, ETag) must
// not make it grow without end, and common ones are shared again within a few responses.
const MAX_SHARED = 20_000;
/** Distinct header lists remembered, to hand out again when the same list comes back. */
const RECENT_LISTS = 16;

/**
 * Shares equal headers between captured errors, and equal header lists too. Every HAR entry
 * brings its own copies of the same User-Agent, Accept and CORS headers: at 100,000 errors those
 * copies alone took over 100 MB. Header objects and lists are never mutated, so sharing is safe.
 *
 * Looked up by name, then value, so that a lookup allocates nothing: a `name\nvalue` key per
 * header was a fifth of all the bytes the devtools page allocated in a 100,000-error storm,
 * and that garbage is what the young-generation collections (long tasks) are made of.
 */
export function headerInterner(): (headers: readonly Header[]) => readonly Header[] {
  let byName = new Map<string, Map<string, Header>>();
  let size = 0;
  let recent: (readonly Header[])[] = [];
  let nextSlot = 0;
  const scratch: Header[] = [];

  const one = (h: Header): Header => {
    let values = byName.get(h.name);
    if (values === undefined) {
      values = new Map();
      byName.set(h.name, values);
    }
    let kept = values.get(h.value);
    if (kept === undefined) {
      kept = { name: h.name, value: h.value };
      values.set(h.value, kept);
      size++;
    }
    return kept;
  };
  const sameAsScratch = (list: readonly Header[]) =>
    list.length === scratch.length && list.every((h, i) => h === scratch[i]);

  return (headers) => {
    if (size >= MAX_SHARED) {
      byName = new Map();
      size = 0;
      recent = [];
      nextSlot = 0;
    }
    scratch.length = 0;
    for (const h of headers) scratch.push(one(h));
    const known = recent.find(sameAsScratch);
    if (known !== undefined) return known;
    const list = scratch.slice();
    recent[nextSlot] = list;
    nextSlot = (nextSlot + 1) % RECENT_LISTS;
    return list;
  };
}
