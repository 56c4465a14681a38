import { describe, expect, it } from 'vitest';
import { isStaticResource, mayBeError } from './candidate';

describe('mayBeError: which bodies are worth fetching', () => {
  it('takes every status >= 400', () => {
    expect(mayBeError(400, 'text/html')).toBe(true);
    expect(mayBeError(503, undefined)).toBe(true);
  });

  it('takes JSON-looking 2xx, where JSON-RPC errors come with 200', () => {
    expect(mayBeError(200, 'application/json')).toBe(true);
    expect(mayBeError(200, 'application/json-rpc')).toBe(true);
    expect(mayBeError(200, '')).toBe(true);
    // No Content-Type at all: Chrome reports x-unknown, Firefox its own name.
    expect(mayBeError(200, 'x-unknown')).toBe(true);
    expect(mayBeError(200, 'application/x-unknown-content-type')).toBe(true);
    expect(mayBeError(200, 'text/html')).toBe(false);
    expect(mayBeError(200, 'image/png')).toBe(false);
    expect(mayBeError(204, 'application/json')).toBe(false);
    expect(mayBeError(304, 'application/json')).toBe(false);
  });

  it('takes failures below HTTP, which have no body to fetch', () => {
    expect(mayBeError(0, '')).toBe(true);
    expect(mayBeError(200, 'x-unknown', 'fetch', 'net::ERR_FAILED')).toBe(true); // Chrome's CORS
    expect(mayBeError(0, '', 'font', 'net::ERR_BLOCKED_BY_CLIENT')).toBe(false);
  });

  it('skips static resources such as a missing favicon', () => {
    expect(mayBeError(404, 'text/html', 'image')).toBe(false);
    expect(mayBeError(404, 'text/html', 'fetch')).toBe(true);
    expect(mayBeError(500, 'application/json', 'xhr')).toBe(true);
  });
});

describe('mayBeError: edges', () => {
  it('takes a 2xx with no type at all, and reads the type whatever its case or parameters', () => {
    expect(mayBeError(200, undefined)).toBe(true);
    expect(mayBeError(200, ' Application/JSON ')).toBe(true);
    expect(mayBeError(200, 'text/plain; charset=utf-8')).toBe(true);
    expect(mayBeError(200, 'application/x-text/plain')).toBe(false);
  });

  it('stops at 300: a redirect has no error body', () => {
    expect(mayBeError(299, 'application/json')).toBe(true);
    expect(mayBeError(300, 'application/json')).toBe(false);
    expect(mayBeError(199, 'application/json')).toBe(false);
  });
});

describe('isStaticResource', () => {
  it("is true only for Chrome's page-resource types", () => {
    for (const type of ['image', 'font', 'stylesheet', 'script', 'media', 'manifest', 'texttrack'])
      expect(isStaticResource(type), type).toBe(true);
    expect(isStaticResource('fetch')).toBe(false);
    expect(isStaticResource('xhr')).toBe(false);
    expect(isStaticResource(undefined)).toBe(false);
  });
});
