/** Bytes and expectations for the streaming HAR reader's tests. */

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The bytes of `text` cut into chunks of `size` bytes, each its own copy. */
export function chunks(text: string | Uint8Array, size: number): Uint8Array[] {
  const bytes = typeof text === 'string' ? utf8(text) : text;
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

/** What JSON.parse of the whole text says: the entries, or why it is no HAR. */
export function wholeParse(text: string): { entries?: unknown[]; reason?: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { reason: 'not-json' };
  }
  const entries = (doc as { log?: { entries?: unknown } } | null)?.log?.entries;
  return Array.isArray(entries) ? { entries } : { reason: 'not-har' };
}
