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

  it('reads a bare string and rejects other types', () => {
    expect(toBody('{}')).toEqual({ text: '{}', base64: false });
    expect(toBody([42, 'base64'])).toEqual({ text: null, base64: true });
    expect(toBody(null)).toEqual({ text: null, base64: false });
  });
});
