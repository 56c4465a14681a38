import type { Exchange } from '../types';

/** Bodies past this size are not parsed: no documented error envelope comes near it. */
export const MAX_PARSE_CHARS = 4 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: false });

function base64ToUtf8(b64: string): string | null {
  try {
    // atob alone yields Latin-1 "binary" text; decode its bytes as UTF-8 so non-ASCII survives.
    const binary = atob(b64.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** The body as text, base64 decoded and without a byte-order mark; `null` when there is none. */
export function bodyText(exchange: Pick<Exchange, 'body' | 'bodyEncoding'>): string | null {
  const { body } = exchange;
  if (body === null || body === undefined) return null;
  const text = exchange.bodyEncoding === 'base64' ? base64ToUtf8(body) : body;
  if (text === null) return null;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type ParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'empty' | 'unavailable' | 'too-large' | 'not-json' };

/**
 * Parses hostile text without throwing. V8's JSON.parse is iterative, so depth cannot overflow.
 * `null` is a body the browser did not give us: "unavailable", never "empty".
 */
export function parseJson(text: string | null): ParseResult {
  if (text === null) return { ok: false, reason: 'unavailable' };
  const first = firstNonSpace(text);
  if (first === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_PARSE_CHARS) return { ok: false, reason: 'too-large' };
  if (first !== '{' && first !== '[') return { ok: false, reason: 'not-json' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

function firstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return text[i] ?? '';
  }
  return '';
}

/**
 * A cheap test that a 2xx body may hold an error envelope, so large successful bodies are
 * rejected without a full parse. Every envelope that marks an error under 2xx has an "error" key.
 */
export function mayHoldErrorEnvelope(text: string): boolean {
  const first = firstNonSpace(text);
  return (first === '{' || first === '[') && text.includes('"error');
}
