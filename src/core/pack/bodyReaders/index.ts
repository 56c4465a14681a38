import type { BodyReader } from './bodyReader';
import { xmlReader } from './xml';

export type { BodyReader, RawBody } from './bodyReader';

/**
 * The body readers a pack may name in `bodyReader`. Adding one is a reviewed change here, with
 * its own tests (a property test for anything that parses bytes) and a line in
 * docs/error-packs.md and in the schema's enum.
 */
export const BODY_READERS: ReadonlyMap<string, BodyReader> = new Map<string, BodyReader>([
  ['xml', xmlReader],
]);

const MEDIA_TYPES: ReadonlySet<string> = new Set(
  [...BODY_READERS.values()].flatMap((reader) => reader.mediaTypes),
);

/** Whether some reader reads this media type: a 2xx body of it is worth decoding. */
export function readsMediaType(mediaType: string): boolean {
  return MEDIA_TYPES.has(mediaType);
}
