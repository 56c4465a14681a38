import { lowerHeaderValue } from '../http/headers';
import type { Header } from '../types';
import type { Sources } from './packTypes';
import { pointerReader } from './pointer';

/** What a source may read besides the body. */
export interface ReadContext {
  readonly headers?: readonly Header[];
}

/** Reads one source: the value at a pointer of `item`, or a response header's value. */
export type SourceReader = (item: unknown, context: ReadContext | undefined) => unknown;

const HEADER = 'header:';

export function sourceList(sources: Sources | undefined): readonly string[] {
  if (sources === undefined) return [];
  return typeof sources === 'string' ? [sources] : sources;
}

/** Compiles one source; a pack was validated, so a bad pointer here is a bug: it reads nothing. */
export function compileSource(source: string): SourceReader {
  if (source.startsWith(HEADER)) {
    const name = source.slice(HEADER.length).toLowerCase();
    return (_item, context) => lowerHeaderValue(context?.headers ?? [], name) ?? undefined;
  }
  return pointerReader(source);
}

/**
 * The first source whose value `accept` turns into something other than `null`, or `null`:
 * sources are tried in order, as the pack lists them.
 */
export function compileSources<T>(
  sources: Sources | undefined,
  accept: (value: unknown) => T | null,
): (item: unknown, context: ReadContext | undefined) => T | null {
  const readers = sourceList(sources).map(compileSource);
  if (readers.length === 1) {
    const [only] = readers as [SourceReader];
    return (item, context) => accept(only(item, context));
  }
  return (item, context) => {
    for (const read of readers) {
      const value = accept(read(item, context));
      if (value !== null) return value;
    }
    return null;
  };
}

/** Sources that also tell which of them gave the last value read (`hit`, -1 for none). */
export interface HitReader<T> {
  read(item: unknown, context: ReadContext | undefined): T | null;
  readonly hit: number;
}

export function compileSourcesHit<T>(
  sources: Sources | undefined,
  accept: (value: unknown) => T | null,
): HitReader<T> {
  const readers = sourceList(sources).map(compileSource);
  if (readers.length === 1) return singleSourceHit(readers[0] as SourceReader, accept);
  const reader = {
    hit: -1,
    read(item: unknown, context: ReadContext | undefined): T | null {
      for (let i = 0; i < readers.length; i++) {
        const value = accept((readers[i] as SourceReader)(item, context));
        if (value !== null) {
          reader.hit = i;
          return value;
        }
      }
      reader.hit = -1;
      return null;
    },
  };
  return reader;
}

/** The common one-source case, without the loop. */
function singleSourceHit<T>(
  only: SourceReader,
  accept: (value: unknown) => T | null,
): HitReader<T> {
  const reader = {
    hit: -1,
    read(item: unknown, context: ReadContext | undefined): T | null {
      const value = accept(only(item, context));
      reader.hit = value === null ? -1 : 0;
      return value;
    },
  };
  return reader;
}
