import type { BodyReader, RawBody } from '../pack/bodyReaders/bodyReader';
import { headerValue } from '../http/headers';
import { decodeBase64Binary, latin1Bytes, latin1String } from './base64';
import { scanFrames, type FrameScan } from './grpcWebFrames';
import { decodeStatus } from './rpcDetails';
import { grpcStatusName } from './statusCodes';

/** grpc/grpc doc/PROTOCOL-WEB.md: the binary and the base64 ("-text") content types. */
export const GRPC_WEB_MEDIA_TYPES = [
  'application/grpc-web',
  'application/grpc-web+proto',
  'application/grpc-web+json',
  'application/grpc-web+thrift',
  'application/grpc-web-text',
  'application/grpc-web-text+proto',
  'application/grpc-web-text+json',
  'application/grpc-web-text-base64',
];

// Bodies past this are not walked: a gRPC-Web error is a few hundred bytes.
export const MAX_GRPC_WEB_CHARS = 8 * 1024 * 1024;

const STATUS = /^\d{1,3}$/;

// A char past Latin-1: text that is no binary string until each char is cut to its low byte.
const PAST_LATIN1 = /[\u0100-\uffff]/;

/**
 * The body's bytes as a binary string: base64 as DevTools gives binary, then base64 again for
 * "-text". A string, not a Uint8Array: atob() decodes ~3x faster than a loop into bytes.
 */
function bodyBinary(raw: RawBody): string | null {
  const { body } = raw;
  if (body === null || body.length > MAX_GRPC_WEB_CHARS) return null;
  let binary: string | null;
  if (raw.encoding === 'base64') binary = decodeBase64Binary(body);
  else binary = PAST_LATIN1.test(body) ? latin1String(latin1Bytes(body)) : body;
  if (binary === null || !raw.mediaType.startsWith('application/grpc-web-text')) return binary;
  return decodeBase64Binary(binary);
}

/** grpc-message is percent-encoded UTF-8 (PROTOCOL-HTTP2.md); a bad escape stays as sent. */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
      const c = parseInt(hex, 16);
      return c < 0x80 ? String.fromCharCode(c) : `%${hex}`;
    });
  }
}

type Lookup = (name: string) => string | null;

/** A status, message and details from one place: the trailer frame, or the headers. */
function fromFields(get: Lookup, source: 'trailer' | 'headers') {
  const status = get('grpc-status');
  if (status === null || !STATUS.test(status.trim())) return null;
  const code = Number(status.trim());
  const out = Object.create(null) as Record<string, unknown>;
  out['grpc-status'] = code;
  out['grpc-status-name'] = grpcStatusName(code);
  const message = get('grpc-message');
  out['grpc-message'] = message === null ? null : percentDecode(message);
  out['details'] = statusDetails(get('grpc-status-details-bin'), out);
  out['source'] = source;
  return out;
}

/** grpc-status-details-bin: a base64 google.rpc.Status; its details in their JSON form. */
function statusDetails(bin: string | null, out: Record<string, unknown>): unknown[] {
  if (bin === null) return [];
  // Not base64: the text's own chars, whose low bytes the reader reads (as latin1Bytes does).
  const status = decodeStatus(decodeBase64Binary(bin.trim()) ?? bin);
  if (status === null) return [];
  if (out['grpc-message'] === null && status['message'] !== '')
    out['grpc-message'] = status['message'];
  return status['details'] as unknown[];
}

/**
 * `grpc-web`: the status of a gRPC-Web response, from the trailer frame at the end of its body
 * or, for a trailers-only response, from its headers: `{"grpc-status": 8, "grpc-status-name":
 * "RESOURCE_EXHAUSTED", "grpc-message", "details": [google.rpc details as JSON], "source"}`.
 * `null` when neither holds a grpc-status: it is no gRPC-Web status at all.
 */
export const grpcWebReader: BodyReader = {
  mediaTypes: GRPC_WEB_MEDIA_TYPES,
  read(raw) {
    const binary = bodyBinary(raw);
    const scan: FrameScan =
      binary === null ? { kind: 'none', truncated: false } : scanFrames(binary);
    if (scan.kind === 'trailers') {
      const { fields } = scan.trailers;
      const found = fromFields((name) => fields.get(name) ?? null, 'trailer');
      if (found !== null) return found;
    }
    return fromFields((name) => headerValue(raw.headers, name), 'headers');
  },
};
