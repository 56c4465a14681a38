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

/**
 * Whether an exchange may be an error, judged before its body is fetched: bodies cost an
 * async round trip each, so only statuses >= 400 and JSON-looking 2xx (JSON-RPC errors come
 * with 200) are worth asking for. The one rule of live capture, HAR import and the CLI, so all
 * three list the same errors.
 */
export function mayBeError(
  status: number,
  mimeType: string | undefined,
  resourceType?: string,
): boolean {
  if (resourceType !== undefined && STATIC_RESOURCE_TYPES.has(resourceType)) return false;
  if (status >= 400) return true;
  if (status < 200 || status >= 300 || status === 204) return false;
  const mime = (mimeType ?? '').toLowerCase();
  return mime === '' || mime.includes('json') || mime.startsWith('text/plain');
}
