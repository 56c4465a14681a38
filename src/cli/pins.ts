import { compileHostPattern, type HostMatcher } from '../core/filter/hostPattern';
import { BUILTIN_SET, type PackSet } from '../core/pack/packSet';
import type { FormatId } from '../core/types';

/** `--pin HOST=FORMAT`: bodies from hosts matching HOST are decoded as FORMAT first. */
export interface Pin {
  /** A host pattern in `domain:` syntax (`*.example.com`, `127.0.0.1:8080`) or an exact host. */
  readonly host: string;
  readonly format: FormatId;
}

/** The ids `--pin` accepts: formats that recognize bodies (`http` is the fallback, not one). */
export function pinnableFormats(packs: PackSet = BUILTIN_SET): readonly FormatId[] {
  // A user pack with a built-in's id replaces it: each id once.
  return [...new Set(packs.all.map((f) => f.id))];
}

// A pack id's syntax (schema/error-pack.schema.json): which ids exist is known only once the
// run's packs (`--pack`) are read, so parsePin checks the form and checkPins the existence.
const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;

/** `HOST=FORMAT` → a pin, or the usage-error message for it. */
export function parsePin(value: string): Pin | string {
  const eq = value.lastIndexOf('=');
  const host = eq < 0 ? '' : value.slice(0, eq).trim();
  const format =
    eq < 0
      ? ''
      : value
          .slice(eq + 1)
          .trim()
          .toLowerCase();
  if (host === '' || format === '') return `--pin needs HOST=FORMAT, got: ${value}`;
  if (!PACK_ID.test(format)) return unknownFormat(format, pinnableFormats());
  return { host, format };
}

function unknownFormat(format: string, known: readonly FormatId[]): string {
  return `--pin: unknown format "${format}"; known formats: ${known.join(', ')}`;
}

/**
 * The usage-error message for the first pin whose format is none of the run's packs (the
 * built-ins, and the user's from `--pack`), or `null` when every pin names one.
 */
export function checkPins(pins: readonly Pin[], packs: PackSet = BUILTIN_SET): string | null {
  const known = pinnableFormats(packs);
  const unknown = pins.find((p) => !known.includes(p.format));
  return unknown === undefined ? null : unknownFormat(unknown.format, known);
}

/**
 * Pins → the format to try first for a URL, or `undefined`. When several patterns match, the
 * last pin given wins, so a general pattern can come first and a specific host override it.
 */
export function pinResolver(pins: readonly Pin[]): (url: string) => FormatId | undefined {
  const compiled: readonly [HostMatcher, FormatId][] = pins
    .map((p): [HostMatcher, FormatId] => [compileHostPattern(p.host), p.format])
    .reverse();
  return (url) => compiled.find(([matches]) => matches(url))?.[1];
}
