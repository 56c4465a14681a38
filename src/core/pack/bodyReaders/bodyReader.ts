import type { Header } from '../../types';

/** A response body as captured, before anything parsed it: what a body reader reads. */
export interface RawBody {
  /** The body as the browser or HAR gave it; `null` when it gave none. */
  readonly body: string | null;
  /** `base64` when `body` is base64 of the bytes sent (DevTools does so for binary types). */
  readonly encoding: 'plain' | 'base64';
  /** The response MIME type as sent, parameters included; "" when unknown. */
  readonly mimeType: string;
  /** Its lower-case essence: `application/grpc-web+proto`. */
  readonly mediaType: string;
  readonly headers: readonly Header[];
  /** The body as text (base64 decoded as UTF-8, BOM dropped), as the JSON path reads it. */
  readonly text: string | null;
}

/**
 * Turns a body JSON cannot read (gRPC-Web frames, XML…) into a plain JSON-like value that a
 * pack's ordinary pointers then read. A pack names one in `bodyReader`; the decoder calls it
 * only for the media types it lists, or for a body JSON.parse refused that `sniff` accepts, so
 * JSON bodies cost nothing more. Readers are code, reviewed here; a pack only names one.
 */
export interface BodyReader {
  /** Lower-case media type essences read even under a 2xx status. */
  readonly mediaTypes: readonly string[];
  /** For a body of another media type that is not JSON: whether it looks like this kind. */
  sniff?(text: string): boolean;
  /**
   * The body as plain data (objects without prototypes, arrays, strings, numbers), or `null`
   * when it is not this kind. Must not throw on any input, and must bound its work.
   */
  read(raw: RawBody): unknown;
}
