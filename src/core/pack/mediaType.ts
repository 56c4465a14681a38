/** `Application/Problem+JSON; charset=utf-8` → `application/problem+json`. */
export function mediaTypeOf(mimeType: string): string {
  return (mimeType.split(';')[0] ?? '').trim().toLowerCase();
}
