import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import type { DecodedError } from '../types';
import { compileFilter, type Filterable } from './networkFilter';

function row(url: string, status: number, json: unknown, method = 'GET'): Filterable {
  const decoded = decode(exchange({ url, status, method, json })) as DecodedError;
  return { url, method, status, decoded };
}

const rows = [
  row('https://api.example.com/v1/orders', 400, {
    ok: false,
    error: { code: 'invalid_request', message: 'Bad amount' },
  }),
  row(
    'http://localhost:3000/rpc',
    200,
    { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 },
    'POST',
  ),
  row('http://127.0.0.1:8080/v2/sessions', 429, {
    success: false,
    error: { code: 'RATE_LIMIT_EXCEEDED' },
  }),
  row('https://cdn.example.com/x', 502, null),
];

const pick = (text: string) => rows.filter(compileFilter(text)).map((r) => r.url);

describe('compileFilter (Chrome Network syntax)', () => {
  it('matches everything when empty', () => {
    expect(pick('   ')).toHaveLength(4);
  });

  it('domain: matches whole hosts with wildcards and ports', () => {
    expect(pick('domain:localhost')).toEqual(['http://localhost:3000/rpc']);
    expect(pick('domain:*.example.com')).toEqual([
      'https://api.example.com/v1/orders',
      'https://cdn.example.com/x',
    ]);
    expect(pick('domain:127.0.0.1:8080')).toEqual(['http://127.0.0.1:8080/v2/sessions']);
    expect(pick('domain:example.com')).toEqual([]);
  });

  it('a leading - negates, and tokens are ANDed', () => {
    expect(pick('-domain:*.example.com')).toEqual([
      'http://localhost:3000/rpc',
      'http://127.0.0.1:8080/v2/sessions',
    ]);
    expect(pick('domain:*.example.com -status-code:502')).toEqual([
      'https://api.example.com/v1/orders',
    ]);
  });

  it('status-code:, method:, format:, code: and advice:', () => {
    expect(pick('status-code:429')).toEqual(['http://127.0.0.1:8080/v2/sessions']);
    expect(pick('status-code:5xx')).toEqual(['https://cdn.example.com/x']);
    expect(pick('method:post')).toEqual(['http://localhost:3000/rpc']);
    expect(pick('format:jsonrpc')).toEqual(['http://localhost:3000/rpc']);
    expect(pick('code:-32601')).toEqual(['http://localhost:3000/rpc']);
    expect(pick('code:RATE_*')).toEqual(['http://127.0.0.1:8080/v2/sessions']);
    expect(pick('advice:wait')).toEqual(['http://127.0.0.1:8080/v2/sessions']);
    expect(pick('format:http')).toEqual(['https://cdn.example.com/x']);
  });

  it('free text matches URL, code and message, case-insensitively', () => {
    expect(pick('ORDERS')).toEqual(['https://api.example.com/v1/orders']);
    expect(pick('invalid_req')).toEqual(['https://api.example.com/v1/orders']);
    expect(pick('method not')).toEqual(['http://localhost:3000/rpc']); // "method" ANDed with "not"
    expect(pick('-amount')).toHaveLength(3);
  });

  it('ignores a key still being typed and treats unknown keys as text', () => {
    expect(pick('domain:')).toHaveLength(4);
    expect(pick('foo:bar')).toEqual([]);
  });
});
