import { describe, expect, it } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';
import { exchange, headers } from '../../../test/helpers/exchange';
import { any, base64, field, frame, int, status } from '../../../demo/protobuf';
import { mayBeError } from '../capture/candidate';
import { decode } from '../decode';
import type { Exchange } from '../types';

/*
 * gRPC-Web responses as grpc/grpc doc/PROTOCOL-WEB.md lays them out
 * (https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-WEB.md): frames of a flag byte and a
 * 4-byte big-endian length; flag 0x80 marks the trailers, "key: value\r\n" lines; or a
 * trailers-only response with grpc-status in the headers. HTTP 200 in every case.
 */

const PROTO = 'application/grpc-web+proto';
const DATA = frame(0x00, [0x0a, 0x03, 0x61, 0x62, 0x63]);

function grpcWeb(
  body: number[] | null,
  extra: Partial<Exchange> & { head?: Record<string, string> } = {},
): Exchange {
  const { head = {}, ...rest } = extra;
  return exchange({
    status: 200,
    mimeType: PROTO,
    responseHeaders: headers({ 'content-type': PROTO, ...head }),
    body: body === null ? '' : base64(body),
    bodyEncoding: 'base64',
    ...rest,
  });
}

// google.rpc details, built with the field numbers of google/rpc/error_details.proto.
const RETRY_INFO = any('google.rpc.RetryInfo', field(1, [...int(1, 13), ...int(2, 500_000_000)]));
const BAD_REQUEST = any(
  'google.rpc.BadRequest',
  field(1, [...field(1, 'book.title'), ...field(2, 'must not be empty')]),
);
const ERROR_INFO = any('google.rpc.ErrorInfo', [
  ...field(1, 'RATE_LIMIT_EXCEEDED'),
  ...field(2, 'library.example.com'),
  ...field(3, [...field(1, 'quota_limit'), ...field(2, 'ReadsPerMinute')]),
]);
const REQUEST_INFO = any('google.rpc.RequestInfo', [...field(1, 'req-42'), ...field(2, 'sd')]);
const QUOTA = any(
  'google.rpc.QuotaFailure',
  field(1, [...field(1, 'project:7'), ...field(2, 'Reads per minute')]),
);
const HELP = any(
  'google.rpc.Help',
  field(1, [...field(1, 'Quota docs'), ...field(2, 'https://example.com/q')]),
);
const DETAILS_BIN = base64(
  status(8, 'quota', [RETRY_INFO, BAD_REQUEST, ERROR_INFO, REQUEST_INFO, QUOTA, HELP]),
);

describe('grpc-web: gRPC-Web statuses under HTTP 200', () => {
  it('reads a trailers-only response: grpc-status and the percent-encoded grpc-message in the headers', () => {
    const d = decode(
      grpcWeb(null, {
        head: { 'grpc-status': '16', 'grpc-message': 'token%20expired%3A%20%E2%9C%97' },
      }),
    );
    expect(d?.format).toBe('grpc-web');
    expect(d?.code).toBe('UNAUTHENTICATED');
    expect(d?.message).toBe('token expired: ✗');
    expect(d?.retry.advice).toBe('after-auth');
    expect(d?.status).toBe(200);
  });

  it('reads the trailer frame at the end of the body, after the data frames', () => {
    const body = [...DATA, ...frame(0x80, 'grpc-status: 3\r\ngrpc-message: bad%20title\r\n')];
    const d = decode(grpcWeb(body));
    expect(d?.code).toBe('INVALID_ARGUMENT');
    expect(d?.message).toBe('bad title');
    expect(d?.title.ru).toBe('Неверный аргумент');
  });

  it('prefers the trailer frame to the headers, as the trailers close the call', () => {
    const body = frame(0x80, 'grpc-status:14\r\n');
    expect(decode(grpcWeb(body, { head: { 'grpc-status': '0' } }))?.code).toBe('UNAVAILABLE');
  });

  it('reads application/grpc-web-text: base64 frames, each padded on its own', () => {
    const text = base64(DATA) + base64(frame(0x80, 'grpc-status: 5\r\ngrpc-message: no%20book'));
    expect(text.slice(0, -4)).toContain('=');
    const mime = 'application/grpc-web-text+proto';
    const asText = grpcWeb(null, {
      mimeType: mime,
      body: text,
      bodyEncoding: 'plain',
      responseHeaders: headers({ 'content-type': mime }),
    });
    expect(decode(asText)?.code).toBe('NOT_FOUND');
    // DevTools may hand the same text over base64-encoded once more.
    const twice = {
      ...asText,
      body: Buffer.from(text).toString('base64'),
      bodyEncoding: 'base64' as const,
    };
    expect(decode(twice)?.message).toBe('no book');
  });

  it('decodes grpc-status-details-bin into the same details as google-rpc JSON', () => {
    const d = decode(
      grpcWeb(null, {
        head: {
          'grpc-status': '8',
          'grpc-message': 'quota',
          'grpc-status-details-bin': DETAILS_BIN,
        },
      }),
    );
    expect(d?.code).toBe('RESOURCE_EXHAUSTED');
    expect(d?.retry.advice).toBe('wait');
    expect(d?.fieldErrors).toEqual([{ field: 'book.title', messages: ['must not be empty'] }]);
    expect(d?.requestId).toBe('req-42');
    expect(d?.details).toMatchObject({
      retryInfo: { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '13.5s' },
      errorInfo: {
        reason: 'RATE_LIMIT_EXCEEDED',
        domain: 'library.example.com',
        metadata: { quota_limit: 'ReadsPerMinute' },
      },
      requestInfo: { requestId: 'req-42', servingData: 'sd' },
    });
    const notes = d?.notes.map((n) => n.en) ?? [];
    expect(notes).toContain('The server asks to retry no sooner than in 13.5 s (RetryInfo).');
    expect(notes).toContain('Quota exceeded: project:7 Reads per minute');
    expect(notes).toContain('Help: Quota docs <https://example.com/q>');
    expect(notes).toContain(
      'Reason: RATE_LIMIT_EXCEEDED (domain library.example.com); quota_limit=ReadsPerMinute',
    );
  });

  it('carries the RetryInfo delay to the envelope as retryDelaySeconds', () => {
    const grpc = builtin('grpc-web');
    const body = {
      'grpc-status': 8,
      'grpc-message': 'q',
      details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '2s' }],
    };
    expect(grpc.recognize(body)?.errors[0]?.retryDelaySeconds).toBe(2);
  });

  it('is no error when the status is OK, and no gRPC-Web status without one', () => {
    expect(decode(grpcWeb([...DATA, ...frame(0x80, 'grpc-status: 0\r\n')]))).toBeNull();
    expect(decode(grpcWeb(DATA))).toBeNull();
    expect(decode(grpcWeb(null))).toBeNull();
  });

  it('reads no status from a compressed trailer frame, and falls back to the headers', () => {
    const body = [...DATA, ...frame(0x81, [1, 2, 3])];
    expect(decode(grpcWeb(body))).toBeNull();
    expect(decode(grpcWeb(body, { head: { 'grpc-status': '13' } }))?.code).toBe('INTERNAL');
  });

  it('shows an unknown status number as undocumented, with caution', () => {
    const d = decode(grpcWeb(null, { head: { 'grpc-status': '42' } }));
    expect(d?.code).toBe(42);
    expect(d?.known).toBe(false);
    expect(d?.retry.advice).toBe('check-first');
  });

  it('reads only gRPC-Web media types: a grpc-status header on JSON is not gRPC-Web', () => {
    const d = decode(
      exchange({ status: 500, json: { x: 1 }, responseHeaders: headers({ 'grpc-status': '13' }) }),
    );
    expect(d?.format).toBe('http');
  });

  it('asks DevTools for the body of a 2xx gRPC-Web response', () => {
    expect(mayBeError(200, 'application/grpc-web+proto')).toBe(true);
    expect(mayBeError(200, 'application/grpc-web-text')).toBe(true);
    expect(mayBeError(200, 'application/octet-stream')).toBe(false);
  });
});
