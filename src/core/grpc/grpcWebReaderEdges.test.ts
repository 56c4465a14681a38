import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import type { RawBody } from '../pack/bodyReaders/bodyReader';
import { grpcWebReader, MAX_GRPC_WEB_CHARS, percentDecode } from './grpcWebReader';

const trailerFrame = (block: string) => {
  const n = block.length;
  return String.fromCharCode(0x80, 0, 0, (n >> 8) & 0xff, n & 0xff) + block;
};

function raw(body: string | null, extra: Partial<RawBody> = {}): RawBody {
  return {
    body,
    encoding: 'plain',
    mimeType: 'application/grpc-web+proto',
    mediaType: 'application/grpc-web+proto',
    headers: [],
    text: body,
    ...extra,
  };
}

describe('percentDecode', () => {
  it('decodes UTF-8 escapes, and keeps a bad escape as sent', () => {
    expect(percentDecode('no escapes')).toBe('no escapes');
    expect(percentDecode('caf%C3%A9 100%25')).toBe('café 100%');
    expect(percentDecode('bad %E9 and %41%ZZ')).toBe('bad %E9 and A%ZZ');
    expect(percentDecode('%7f%80')).toBe('\u007f%80');
  });
});

describe('grpcWebReader', () => {
  it('reads the trailer frame of a binary or base64 body, status trimmed', () => {
    const body = trailerFrame('grpc-status: 5 \r\ngrpc-message: not%20found\r\n');
    expect(grpcWebReader.read(raw(body))).toEqual({
      'grpc-status': 5,
      'grpc-status-name': 'NOT_FOUND',
      'grpc-message': 'not found',
      details: [],
      source: 'trailer',
    });
    expect(grpcWebReader.read(raw(btoa(body), { encoding: 'base64' }))).toMatchObject({
      'grpc-status': 5,
    });
    const text = { mediaType: 'application/grpc-web-text', mimeType: 'application/grpc-web-text' };
    expect(grpcWebReader.read(raw(btoa(body), text))).toMatchObject({ source: 'trailer' });
  });

  it('reads a text body past Latin-1 by the low byte of each char, as bytes were read', () => {
    // U+0135 is read as 0x35, "5"; U+0141 as 0x41, "A".
    const body = trailerFrame('grpc-status: \u0135\r\ngrpc-message: \u0141\r\n');
    expect(grpcWebReader.read(raw(body))).toMatchObject({
      'grpc-status': 5,
      'grpc-message': 'A',
      source: 'trailer',
    });
  });

  it('falls back to the headers when the trailers hold no status, or the body is too long', () => {
    const h = headers({ 'grpc-status': '7', 'grpc-message': 'denied' });
    expect(grpcWebReader.read(raw(trailerFrame('x: 1\r\n'), { headers: h }))).toMatchObject({
      'grpc-status': 7,
      source: 'headers',
    });
    const long = trailerFrame('grpc-status: 5\r\n') + ' '.repeat(MAX_GRPC_WEB_CHARS);
    expect(grpcWebReader.read(raw(long, { headers: h }))).toMatchObject({ source: 'headers' });
    expect(grpcWebReader.read(raw(null, { headers: h }))).toMatchObject({ source: 'headers' });
  });

  it('needs a status of one to three digits', () => {
    for (const status of ['abc', '1234', '', '-1']) {
      const h = headers({ 'grpc-status': status });
      expect(grpcWebReader.read(raw(null, { headers: h })), status).toBeNull();
    }
    expect(
      grpcWebReader.read(raw(null, { headers: headers({ 'grpc-status': ' 14 ' }) })),
    ).toMatchObject({
      'grpc-status': 14,
      'grpc-status-name': 'UNAVAILABLE',
      'grpc-message': null,
    });
  });

  it('takes the message from grpc-status-details-bin when grpc-message is missing', () => {
    // google.rpc.Status { code: 3, message: "bad" }
    const bin = btoa(String.fromCharCode(0x08, 0x03, 0x12, 0x03, 0x62, 0x61, 0x64));
    const only = grpcWebReader.read(
      raw(null, {
        headers: headers({ 'grpc-status': '3', 'grpc-status-details-bin': ` ${bin} ` }),
      }),
    );
    expect(only).toMatchObject({ 'grpc-message': 'bad', details: [] });
    const both = grpcWebReader.read(
      raw(null, {
        headers: headers({
          'grpc-status': '3',
          'grpc-message': 'mine',
          'grpc-status-details-bin': bin,
        }),
      }),
    );
    expect(both).toMatchObject({ 'grpc-message': 'mine' });
    const empty = btoa(String.fromCharCode(0x08, 0x03));
    const none = grpcWebReader.read(
      raw(null, { headers: headers({ 'grpc-status': '3', 'grpc-status-details-bin': empty }) }),
    );
    expect(none).toMatchObject({ 'grpc-message': null, details: [] });
    const broken = grpcWebReader.read(
      raw(null, { headers: headers({ 'grpc-status': '3', 'grpc-status-details-bin': '\u0080' }) }),
    );
    expect(broken).toMatchObject({ details: [] });
  });
});
