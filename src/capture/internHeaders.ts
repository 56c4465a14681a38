import type { Header } from '../core/types';

// Past this many distinct headers the table starts afresh: unique values (Date, ETag) must
// not make it grow without end, and common ones are shared again within a few responses.
const MAX_SHARED = 20_000;

/**
 * Shares equal headers between captured errors. Every HAR entry brings its own copies of the
 * same User-Agent, Accept and CORS headers: at 100,000 errors those copies alone took over
 * 100 MB. Header objects are never mutated, so sharing them is safe.
 */
export function headerInterner(): (headers: readonly Header[]) => readonly Header[] {
  let shared = new Map<string, Header>();
  return (headers) =>
    headers.map((h) => {
      const key = `${h.name}\n${h.value}`;
      let kept = shared.get(key);
      if (kept === undefined) {
        if (shared.size >= MAX_SHARED) shared = new Map();
        kept = { name: h.name, value: h.value };
        shared.set(key, kept);
      }
      return kept;
    });
}
