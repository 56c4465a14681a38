import { describe, expect, it } from 'vitest';
import { isTextMimeType, looksBase64 } from './textMime';

describe("isTextMimeType: what Firefox's getContent() hands out as text", () => {
  it('takes text/*, JSON, XML, JavaScript, forms and GraphQL', () => {
    for (const mime of [
      'text/html',
      'text/plain',
      'application/json',
      'application/xml',
      'application/javascript',
      'application/ecmascript',
      'application/x-javascript',
      'application/x-www-form-urlencoded',
      'application/graphql',
      'application/problem+json',
      'application/vnd.api+json',
      'application/soap+xml',
      'image/svg+xml',
    ])
      expect(isTextMimeType(mime), mime).toBe(true);
  });

  it('reads only the essence: parameters, case and spaces aside', () => {
    expect(isTextMimeType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isTextMimeType('  TEXT/HTML ;charset=x')).toBe(true);
    expect(isTextMimeType('image/png; name=text/plain')).toBe(false);
  });

  it('takes any type that ends in json, such as NDJSON', () => {
    expect(isTextMimeType('application/x-ndjson')).toBe(true);
    expect(isTextMimeType('application/jsonlines+zip')).toBe(false);
  });

  it('leaves binary types to base64', () => {
    for (const mime of [
      'image/png',
      'application/octet-stream',
      'application/grpc-web',
      'font/woff2',
      '',
    ])
      expect(isTextMimeType(mime), mime).toBe(false);
  });
});

describe('looksBase64', () => {
  it('takes the base64 alphabet in whole groups of four, padding and line breaks allowed', () => {
    expect(looksBase64('aGVsbG8=')).toBe(true);
    expect(looksBase64('aGVs\r\nbG8gd29y bGQ=')).toBe(true);
    expect(looksBase64('AAAA+/==')).toBe(true);
  });

  it('refuses empty text, partial groups and other characters', () => {
    expect(looksBase64('')).toBe(false);
    expect(looksBase64(' \n ')).toBe(false);
    expect(looksBase64('abc')).toBe(false);
    expect(looksBase64('abcde')).toBe(false);
    expect(looksBase64('ab!d')).toBe(false);
    expect(looksBase64('{"a"}')).toBe(false);
    expect(looksBase64('a=bc')).toBe(false);
  });
});
