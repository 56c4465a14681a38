import type { Catalog, ErrorFormat } from './formats/format';
import type { CatalogEntry, Text } from './types';

/** A format's own rule for an HTTP status: its exact entry ("404"), else its range ("4xx"). */
export function statusEntry(format: ErrorFormat, status: number): CatalogEntry | undefined {
  // Per format and status, once: two Map lookups ran twice in every decoded error.
  let byStatus = BY_FORMAT.get(format.statuses);
  if (byStatus === undefined) BY_FORMAT.set(format.statuses, (byStatus = []));
  const known = byStatus[status];
  if (known !== undefined) return known ?? undefined;
  const entry =
    format.statuses.get(String(status)) ?? format.statuses.get(`${Math.floor(status / 100)}xx`);
  if (Number.isInteger(status) && status >= 0 && status < 600) byStatus[status] = entry ?? null;
  return entry;
}

// Keyed by a format's statuses (the same catalog whatever object wraps it); `null`: none.
const BY_FORMAT = new WeakMap<Catalog, (CatalogEntry | null)[]>();

// Per catalog entry, per status: one sentence pair each, not two string joins per error.
const MEANINGS = new WeakMap<CatalogEntry, Text[]>();

/** "HTTP 404 Not found: …" in both languages, for the details pane and the CLI. */
export function httpMeaning(entry: CatalogEntry, status: number): Text {
  let byStatus = MEANINGS.get(entry);
  if (byStatus === undefined) MEANINGS.set(entry, (byStatus = []));
  return (byStatus[status] ??= {
    en: `HTTP ${status} ${entry.title.en}: ${entry.meaning.en}`,
    ru: `HTTP ${status} ${entry.title.ru}: ${entry.meaning.ru}`,
  });
}
