// Firefox's DevTools hand out a body as text only for these types; any other body comes back
// from getContent() as base64, and only the returned MIME type says so (devtools'
// NetworkHelper.isTextMimeType, which this mirrors).
const TEXT_ESSENCE =
  /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript|ecmascript|x-javascript|x-www-form-urlencoded|graphql)\b)/;
const TEXT_SUFFIX = /[+/](?:json|xml)$/;

/** Whether a body of this MIME type is delivered as text (else as base64) by Firefox. */
export function isTextMimeType(mimeType: string): boolean {
  const essence = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  return TEXT_ESSENCE.test(essence) || TEXT_SUFFIX.test(essence) || essence.endsWith('json');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Plausibly base64: the alphabet only, in whole 4-character groups, spaces aside. */
export function looksBase64(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return compact.length > 0 && compact.length % 4 === 0 && BASE64.test(compact);
}
