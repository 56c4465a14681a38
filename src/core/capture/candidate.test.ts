import { describe, expect, it } from 'vitest';
import { mayBeError } from './candidate';

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
