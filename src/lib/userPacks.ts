import type { ErrorFormat } from '../core/formats/format';
import type { PackSet } from '../core/pack/packSet';
import { readUserPack, userPackSet } from '../core/pack/userPacks';
import type { LoadedPack, PackInfo, UserPack } from './types';

// The compiled format behind each pack handed out: callers hold a handle they cannot forge.
const compiled = new WeakMap<UserPack, ErrorFormat>();

export function packInfoOf(format: ErrorFormat): PackInfo {
  return Object.freeze({
    id: format.id,
    name: format.name.en,
    source: format.source,
    codes: format.catalog.size,
    version: format.version,
    hosts: Object.freeze([...format.hosts]),
    origin: format.origin,
  });
}

/**
 * Checks and compiles an error pack (its JSON text or parsed value; docs/error-packs.md) for
 * `decode` and `decodeHar`. An invalid pack gives every problem as "JSON Pointer: message" and
 * no pack. Never throws; the pack is data and is never evaluated.
 */
export function loadPack(pack: unknown): LoadedPack {
  const read = readUserPack(pack);
  if (!read.ok) return Object.freeze({ ok: false, problems: Object.freeze([...read.lines]) });
  const handle: UserPack = Object.freeze({ info: packInfoOf(read.format) });
  compiled.set(handle, read.format);
  return Object.freeze({ ok: true, pack: handle });
}

/** The decoder's set for these packs; `undefined` (the built-ins alone) for none. */
export function packSetOf(packs: readonly UserPack[] | undefined): PackSet | undefined {
  if (packs === undefined || packs.length === 0) return undefined;
  return userPackSet(
    packs.map((pack) => {
      const format = compiled.get(pack);
      if (format === undefined) throw new TypeError('not a pack from loadPack()');
      return format;
    }),
  );
}
