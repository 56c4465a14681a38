import { describe, expect, it, vi } from 'vitest';
import { exchange, headers } from '../../../../test/helpers/exchange';
import schema from '../../../../schema/error-pack.schema.json';
import { decode } from '../../decode';
import type { ErrorFormat } from '../../formats/format';
import { compilePack } from '../compile';
import { createPackSet } from '../packSet';
import type { BodyReader } from './bodyReader';
import { BODY_READERS } from './index';
import { readRawBody } from './readRaw';
import { xmlReader } from './xml';

/** A toy reader of `key=value` lines, as a stand-in for gRPC-Web or XML. */
function lineReader(): BodyReader & { read: ReturnType<typeof vi.fn> } {
  return {
    mediaTypes: ['text/x-lines'],
    sniff: (text) => text.startsWith('error='),
    read: vi.fn((raw: { text: string | null }) => {
      if (raw.text === null) return null;
      const out = Object.create(null) as Record<string, string>;
      for (const line of raw.text.split('\n')) {
        const [k, v] = line.split('=');
        if (k !== undefined && v !== undefined) out[k] = v;
      }
      return out;
    }),
  };
}

function linesFormat(reader: BodyReader): ErrorFormat {
  const pack = {
    id: 'lines',
    name: 'Lines',
    version: '1',
    errorOn2xx: true,
    envelope: { match: [{ path: '/error', type: 'string' as const }], code: '/error' },
    codes: {
      E1: {
        title: 'One',
        meaning: 'The first error.',
        action: 'Fix it.',
        retry: { advice: 'no' as const },
      },
    },
  };
  return { ...compilePack(pack, 'user'), bodyReader: reader };
}

describe("the raw body hook (a pack's bodyReader)", () => {
  it('reads a body of its media type, which JSON cannot read, into what the pointers read', () => {
    const reader = lineReader();
    const packs = createPackSet([linesFormat(reader)]);
    const d = decode(
      exchange({
        status: 400,
        body: 'error=E1\nwhy=because',
        mimeType: 'text/x-lines; charset=utf-8',
      }),
      { packs },
    );
    expect(d?.format).toBe('lines');
    expect(d?.code).toBe('E1');
    expect(d?.title.en).toBe('One');
  });

  it('hands the reader the raw body as captured: base64 stays base64, with its headers', () => {
    const reader = lineReader();
    const packs = createPackSet([linesFormat(reader)]);
    const body = Buffer.from('error=E1').toString('base64');
    const responseHeaders = headers({ 'Content-Type': 'text/x-lines', 'X-A': '1' });
    decode(exchange({ status: 400, body, bodyEncoding: 'base64', mimeType: '', responseHeaders }), {
      packs,
    });
    expect(reader.read).toHaveBeenCalledWith(
      expect.objectContaining({
        body,
        encoding: 'base64',
        mimeType: 'text/x-lines',
        mediaType: 'text/x-lines',
        text: 'error=E1',
        headers: responseHeaders,
      }),
    );
  });

  it('never runs for a JSON body, so JSON decoding costs what it did', () => {
    const reader = lineReader();
    const packs = createPackSet([linesFormat(reader)]);
    const d = decode(exchange({ status: 400, json: { error: 'E1' } }), { packs });
    expect(reader.read).not.toHaveBeenCalled();
    expect(d?.format).toBe('http');
  });

  it('reads a non-JSON body of another type only when the reader sniffs it as its own', () => {
    const reader = lineReader();
    const packs = createPackSet([linesFormat(reader)]);
    expect(decode(exchange({ status: 500, body: 'error=E1', mimeType: '' }), { packs })?.code).toBe(
      'E1',
    );
    expect(decode(exchange({ status: 500, body: '<html>', mimeType: '' }), { packs })?.format).toBe(
      'http',
    );
    expect(reader.read).toHaveBeenCalledTimes(1);
  });

  it("leaves a body of another reader's media type to that reader: none sniffs it", () => {
    const reader = lineReader();
    const packs = createPackSet([linesFormat(reader)]);
    // gRPC-Web's media type: its reader's, even where this pack set holds no gRPC-Web format.
    const grpcWeb = exchange({
      status: 500,
      body: Buffer.from('error=E1').toString('base64'),
      bodyEncoding: 'base64',
      mimeType: 'application/grpc-web+proto',
    });
    expect(decode(grpcWeb, { packs })?.format).toBe('http');
    expect(reader.read).not.toHaveBeenCalled();
  });

  it('falls back to the HTTP status when the reader throws or reads nothing', () => {
    const throwing: BodyReader = {
      mediaTypes: ['text/x-lines'],
      read: () => {
        throw new Error('bug');
      },
    };
    const packs = createPackSet([linesFormat(throwing)]);
    const d = decode(exchange({ status: 503, body: 'error=E1', mimeType: 'text/x-lines' }), {
      packs,
    });
    expect(d?.format).toBe('http');
    expect(d?.status).toBe(503);
  });

  it('lists in the schema exactly the readers registered, so a pack can name only those', () => {
    const names = (schema.properties.bodyReader as { enum: string[] }).enum;
    expect([...names].sort()).toEqual([...BODY_READERS.keys()].sort());
  });
});

describe('readRawBody', () => {
  const raw = (mediaType: string, text: string | null) => ({
    body: text,
    encoding: 'plain' as const,
    mimeType: mediaType,
    mediaType,
    headers: [],
    text,
  });

  it.each<[string, string | null, boolean, boolean]>([
    ['text/x-lines', 'code=1', false, true],
    ['text/plain', 'error=x', true, true],
    ['text/plain', 'error=x', false, false],
    ['text/plain', 'code=1', true, false],
    ['text/plain', null, true, false],
  ])('asks the reader of a %s body %j (may sniff: %s): %s', (type, text, maySniff, asked) => {
    const reader = lineReader();
    const out = readRawBody(reader, raw(type, text), maySniff);
    expect(reader.read).toHaveBeenCalledTimes(asked ? 1 : 0);
    expect(out === null).toBe(!asked);
  });

  it('reads nothing when a reader without sniff is not asked, or throws', () => {
    const { sniff: _sniff, ...unsniffing } = lineReader();
    expect(readRawBody(unsniffing, raw('text/plain', 'error=x'), true)).toBeNull();
    const throwing: BodyReader = {
      mediaTypes: ['text/x-lines'],
      read: () => {
        throw new Error('reader bug');
      },
    };
    expect(readRawBody(throwing, raw('text/x-lines', 'x'), true)).toBeNull();
    expect(xmlReader.read(raw('application/xml', null))).toBeNull();
  });
});
