import { grpcWebReader } from '../../grpc/grpcWebReader';
import { mediaTypeOf } from '../mediaType';
import type { BodyReader } from './bodyReader';
import { xmlReader } from './xml';

export type { BodyReader, RawBody } from './bodyReader';

/**
 * The body readers a pack may name in `bodyReader`. Adding one is a reviewed change here, with
 * its own tests (a property test for anything that parses bytes) and a line in
 * docs/error-packs.md and in the schema's enum.
 */
export const BODY_READERS: ReadonlyMap<string, BodyReader> = new Map<string, BodyReader>([
  ['grpc-web', grpcWebReader],
  ['xml', xmlReader],
]);

const MEDIA_TYPES: ReadonlySet<string> = new Set(
  [...BODY_READERS.values()].flatMap((reader) => reader.mediaTypes),
);

let lastMimeType = '';
let lastReads = false;

/**
 * Whether some reader reads this MIME type (parameters allowed): a 2xx body of it is worth
 * decoding. Remembers the last answer: traffic repeats one type, and this runs for every 2xx.
 */
export function readsMimeType(mimeType: string): boolean {
  if (mimeType !== lastMimeType) {
    lastMimeType = mimeType;
    lastReads = MEDIA_TYPES.has(mediaTypeOf(mimeType));
  }
  return lastReads;
}
