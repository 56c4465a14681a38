import type { BodyReader, RawBody } from './bodyReader';

/**
 * What a reader makes of a raw body, or `null`: it is asked for its media types, and, when
 * `maySniff`, for a body it sniffs as its own. A reader that throws is a bug, and one bug must
 * not blank the panel: it reads nothing.
 */
export function readRawBody(reader: BodyReader, raw: RawBody, maySniff: boolean): unknown {
  const asked =
    reader.mediaTypes.includes(raw.mediaType) ||
    (maySniff && raw.text !== null && reader.sniff !== undefined && reader.sniff(raw.text));
  if (!asked) return null;
  try {
    return reader.read(raw) ?? null;
  } catch {
    return null;
  }
}
