import type { BodyReader, RawBody } from './bodyReader';

/**
 * What a reader makes of a raw body, or `null`: it is asked only for its media types, or for a
 * body JSON could not read that it sniffs as its own. A reader that throws is a bug, and one
 * bug must not blank the panel: it reads nothing.
 */
export function readRawBody(reader: BodyReader, raw: RawBody, parsedAsJson: boolean): unknown {
  const asked =
    reader.mediaTypes.includes(raw.mediaType) ||
    (!parsedAsJson && raw.text !== null && reader.sniff !== undefined && reader.sniff(raw.text));
  if (!asked) return null;
  try {
    return reader.read(raw) ?? null;
  } catch {
    return null;
  }
}
