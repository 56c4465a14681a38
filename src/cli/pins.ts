import { compileHostPattern, type HostMatcher } from '../core/filter/hostPattern';
import { FORMATS } from '../core/formats/index';
import type { FormatId } from '../core/types';

/** `--pin HOST=FORMAT`: bodies from hosts matching HOST are decoded as FORMAT first. */
export interface Pin {
  /** A host pattern in `domain:` syntax (`*.example.com`, `127.0.0.1:8080`) or an exact host. */
  readonly host: string;
  readonly format: FormatId;
}

/** The ids `--pin` accepts: formats that recognize bodies (`http` is the fallback, not one). */
export function pinnableFormats(): readonly FormatId[] {
  return FORMATS.map((f) => f.id);
}

/** `HOST=FORMAT` → a pin, or the usage-error message for it. */
export function parsePin(value: string): Pin | string {
  const eq = value.lastIndexOf('=');
  const host = eq < 0 ? '' : value.slice(0, eq).trim();
  const format = eq < 0 ? '' : value.slice(eq + 1).trim();
  if (host === '' || format === '') return `--pin needs HOST=FORMAT, got: ${value}`;
  const known = pinnableFormats();
  const id = known.find((f) => f === format.toLowerCase());
  if (id === undefined) {
    return `--pin: unknown format "${format}"; known formats: ${known.join(', ')}`;
  }
  return { host, format: id };
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
