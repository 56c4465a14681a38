import type { ErrorFormat } from './formats/format';
import type { CatalogEntry, Text } from './types';

// Keys "404" and "4xx" of every HTTP status, made once: building them took 1 % of decode().
const statusKeys = (status: number): readonly [string, string] => [
  String(status),
  `${Math.floor(status / 100)}xx`,
];
const STATUS_KEYS = Array.from({ length: 600 }, (_, status) => statusKeys(status));

/** A format's own rule for an HTTP status: its exact entry ("404"), else its range ("4xx"). */
export function statusEntry(format: ErrorFormat, status: number): CatalogEntry | undefined {
  // Indexed, not destructured: destructuring walks the array's iterator, per decoded error.
  const keys = STATUS_KEYS[status] ?? statusKeys(status);
  return format.statuses.get(keys[0]) ?? format.statuses.get(keys[1]);
}

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
