import { describe, expect, it, vi } from 'vitest';
import { toBody } from './browserSeam';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('toBody: every shape getContent resolves to', () => {
  it("reads Chrome 156's { content, encoding }", () => {
    expect(toBody({ content: 'e30=', encoding: 'base64' })).toEqual({ text: 'e30=', base64: true });
    expect(toBody({ content: '{}', encoding: '' })).toEqual({ text: '{}', base64: false });
  });

  it('reads the callback pair [content, encoding] and Firefox [content, mimeType]', () => {
    expect(toBody(['e30=', 'base64'])).toEqual({ text: 'e30=', base64: true });
    expect(toBody(['{}', 'application/json'])).toEqual({ text: '{}', base64: false });
  });

  it("detects Firefox's unannounced base64 by the MIME type it returns", () => {
    const b64 = Buffer.from('{"ok":false,"error":{"code":"x"}}').toString('base64');
    // A response without Content-Type: Firefox returns base64 and this MIME type (Firefox 153).
    expect(toBody([b64, 'application/x-unknown-content-type'])).toEqual({
      text: b64,
      base64: true,
    });
    expect(toBody([b64, 'image/png'])).toEqual({ text: b64, base64: true });
    // Text types stay text, even when they happen to look like base64.
    expect(toBody(['abcd', 'text/plain'])).toEqual({ text: 'abcd', base64: false });
    expect(toBody(['abcd', 'application/problem+json'])).toEqual({ text: 'abcd', base64: false });
    // A binary type with a body that cannot be base64 is left as it came.
    expect(toBody(['{"a":1}', 'application/octet-stream'])).toEqual({
      text: '{"a":1}',
      base64: false,
    });
    expect(toBody(['', ''])).toEqual({ text: '', base64: false });
  });

  it('reads a bare string and rejects other types', () => {
    expect(toBody('{}')).toEqual({ text: '{}', base64: false });
    expect(toBody([42, 'base64'])).toEqual({ text: null, base64: true });
    expect(toBody(null)).toEqual({ text: null, base64: false });
  });
});
