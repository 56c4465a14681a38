import { isTransportFailure } from '../network/decodeNetwork';
import { readsMediaType } from '../pack/bodyReaders/index';
import { mediaTypeOf } from '../pack/conditions';

// A missing image or font is not a failed API call; Chrome labels each HAR entry's type.
const STATIC_RESOURCE_TYPES = new Set([
  'image',
  'font',
  'stylesheet',
  'script',
  'media',
  'manifest',
  'texttrack',
]);

/** A page resource (image, font, script…) rather than an API call, by Chrome's resource type. */
export function isStaticResource(resourceType: string | undefined): boolean {
  return resourceType !== undefined && STATIC_RESOURCE_TYPES.has(resourceType);
}

// What browsers report for a response sent without Content-Type: Chrome says x-unknown,
// Firefox application/x-unknown-content-type. Its body may still be a JSON error envelope.
const UNKNOWN_MIME_TYPES = new Set(['', 'x-unknown', 'application/x-unknown-content-type']);

/**
 * Whether an exchange may be an error, judged before its body is fetched: bodies cost an
 * async round trip each, so only statuses >= 400, JSON-looking 2xx (JSON-RPC errors come
 * with 200) and 2xx of a type a body reader reads are worth asking for, and failures below HTTP (no status, or an error the browser
 * named), which have none. The one rule of live capture, HAR import and the CLI, so all three
 * list the same errors.
 */
export function mayBeError(
  status: number,
  mimeType: string | undefined,
  resourceType?: string,
  error?: string | null,
): boolean {
  if (resourceType !== undefined && STATIC_RESOURCE_TYPES.has(resourceType)) return false;
  if (status >= 400 || isTransportFailure(status, error)) return true;
  if (status < 200 || status >= 300 || status === 204) return false;
  const mime = (mimeType ?? '').trim().toLowerCase();
  return (
    UNKNOWN_MIME_TYPES.has(mime) ||
    mime.includes('json') ||
    mime.startsWith('text/plain') ||
    // gRPC-Web sends its errors under 200, in a body no JSON reader reads.
    readsMediaType(mediaTypeOf(mime))
  );
}
