/** A JSON Pointer (RFC 6901) split into its reference tokens: "" is the whole document. */
export type Pointer = readonly string[];

/** Splits and unescapes a pointer; `null` when it is not one (no leading "/", a bad "~"). */
export function parsePointer(text: string): Pointer | null {
  if (text === '') return [];
  if (!text.startsWith('/') || /~(?![01])/.test(text)) return null;
  return text
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export const INDEX = /^(?:0|[1-9]\d{0,8})$/;

/** Whether a token indexes an array ("0", "12"), as resolvePointer reads it. */
export function isIndexToken(token: string): boolean {
  return INDEX.test(token);
}
