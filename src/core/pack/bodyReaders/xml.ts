import { looksLikeXml, readXml } from '../../xml/readXml';
import type { BodyReader } from './bodyReader';

/**
 * `xml`: an XML error body (AWS REST-XML and Query, S3) as plain data, read by the strict
 * reader in src/core/xml. No media type of its own: XML errors come with a 4xx or 5xx status,
 * where a body JSON refused is sniffed, so a 2xx XML response is never parsed.
 */
export const xmlReader: BodyReader = {
  mediaTypes: [],
  sniff: looksLikeXml,
  read: (raw) => (raw.text === null ? null : readXml(raw.text)),
};
