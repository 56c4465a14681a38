import type { Exchange, Header } from '../../src/core/types';

/** Builds an exchange for tests; every field can be overridden. */
export function exchange(overrides: Partial<Exchange> & { json?: unknown } = {}): Exchange {
  const { json, ...rest } = overrides;
  return {
    url: 'https://api.example.com/v1/orders',
    method: 'GET',
    status: 400,
    requestHeaders: [],
    responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    body: json === undefined ? null : JSON.stringify(json),
    bodyEncoding: 'plain',
    mimeType: 'application/json',
    startedAt: Date.parse('2026-06-23T10:00:00Z'),
    ...rest,
  };
}

export function headers(record: Record<string, string>): Header[] {
  return Object.entries(record).map(([name, value]) => ({ name, value }));
}
