import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/core/decode';
import { GRPC_WEB_MEDIA_TYPES } from '../src/core/grpc/grpcWebReader';
import { GRPC_STATUS_NAMES } from '../src/core/grpc/statusCodes';
import type { Exchange } from '../src/core/types';
import { exchange, headers } from './helpers/exchange';
import { base64, frame } from '../demo/protobuf';

/**
 * Issue 11 acceptance: random bytes, truncated trailer frames and bad base64 fed to the gRPC-Web
 * reader (through decode, as the panel and the CLI call it): no throw, no hang, and never a
 * result that claims a wrong format or a status the response does not hold.
 */

const RUNS = Number(process.env.GRPC_WEB_PROPERTY_RUNS ?? 1_000);

const mediaType = fc.constantFrom(...GRPC_WEB_MEDIA_TYPES);
const isText = (mime: string) => mime.startsWith('application/grpc-web-text');

function response(body: string, encoding: 'plain' | 'base64', mime: string): Exchange {
  return exchange({
    status: 200,
    mimeType: mime,
    responseHeaders: headers({ 'content-type': mime }),
    body,
    bodyEncoding: encoding,
  });
}

/** The body bytes as the browser would hand them over for this media type. */
function captured(bytes: number[], mime: string): Exchange {
  const payload = isText(mime) ? base64([...Buffer.from(base64(bytes))]) : base64(bytes);
  return response(payload, 'base64', mime);
}

const latin1 = (bytes: Uint8Array | number[]) => Buffer.from(bytes).toString('latin1');

describe('the gRPC-Web reader under hostile bodies (property-based)', () => {
  it('reads random bytes without throwing, and claims a status only where a trailer frame holds one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), mediaType, (bytes, mime) => {
        const d = decode(captured([...bytes], mime));
        if (d === null) return;
        expect(d.format).toBe('grpc-web');
        // A status can come only from a trailer frame's "grpc-status" line in these bytes.
        expect(latin1(bytes).toLowerCase()).toContain('grpc-status');
      }),
      { numRuns: RUNS },
    );
  });

  it('reads random bytes behind a trailer flag: a status only from a whole, well-formed frame', () => {
    const trailerish = fc
      .tuple(fc.constantFrom(0x80, 0x81, 0xff), fc.uint8Array({ maxLength: 300 }), fc.nat(400))
      .map(([flag, payload, length]) => {
        const head = [flag, 0, 0, (length >>> 8) & 0xff, length & 0xff];
        return [...head, ...payload];
      });
    fc.assert(
      fc.property(trailerish, mediaType, (bytes, mime) => {
        const d = decode(captured(bytes, mime));
        if (d === null) return;
        expect(d.format).toBe('grpc-web');
        expect(bytes[0]).toBe(0x80); // a compressed trailer is never read
        expect(latin1(bytes).toLowerCase()).toContain('grpc-status');
      }),
      { numRuns: RUNS },
    );
  });

  it('reads no status from a trailer frame cut short, and the right one from a whole frame', () => {
    const call = fc.record({
      data: fc.uint8Array({ maxLength: 200 }),
      code: fc.integer({ min: 1, max: 16 }),
      message: fc.string({ maxLength: 40 }),
      cut: fc.nat(),
    });
    fc.assert(
      fc.property(call, mediaType, ({ data, code, message, cut }, mime) => {
        const trailer = `grpc-status: ${code}\r\ngrpc-message: ${encodeURIComponent(message)}\r\n`;
        const whole = [...frame(0x00, [...data]), ...frame(0x80, trailer)];
        const full = decode(captured(whole, mime));
        expect(full?.format).toBe('grpc-web');
        expect(full?.code).toBe(GRPC_STATUS_NAMES[code]);
        expect(full?.message).toBe(message);
        const truncated = whole.slice(0, cut % whole.length);
        expect(decode(captured(truncated, mime))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('reads bad base64 (stray padding, other alphabets, foreign characters) without throwing', () => {
    const noise = fc.string({
      unit: fc.constantFrom(...'AQgr+/-_=*.%\u00e9\u0000 \n'.split('')),
      maxLength: 2048,
    });
    fc.assert(
      fc.property(noise, mediaType, fc.boolean(), (text, mime, asBase64) => {
        const d = decode(response(text, asBase64 ? 'base64' : 'plain', mime));
        // A character outside both base64 alphabets makes the body unreadable: no status.
        if (asBase64 && [...'*.%\u00e9\u0000'].some((c) => text.includes(c))) expect(d).toBeNull();
        else if (d !== null) expect(d.format).toBe('grpc-web');
      }),
      { numRuns: RUNS },
    );
  });

  it('walks a 4 MB body of empty frames to its end without a status', () => {
    const empty = new Array<number>(4 * 1024 * 1024).fill(0);
    expect(decode(captured(empty, 'application/grpc-web+proto'))).toBeNull();
  });

  it('gives the header status to a trailers-only response, whatever the body holds', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        fc.integer({ min: 1, max: 16 }),
        mediaType,
        (bytes, code, mime) => {
          const withStatus: Exchange = {
            ...captured([...bytes], mime),
            responseHeaders: headers({ 'content-type': mime, 'grpc-status': String(code) }),
          };
          const d = decode(withStatus);
          expect(d?.format).toBe('grpc-web');
          if (!latin1(bytes).toLowerCase().includes('grpc-status')) {
            expect(d?.code).toBe(GRPC_STATUS_NAMES[code]);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
