import { describe, expect, it } from 'vitest';
import { decode } from '../core/decode';
import { exchange } from '../../test/helpers/exchange';
import { undocumentedCodes } from './findings';

function codesOf(json: unknown, status = 400, mimeType = 'application/json'): unknown[] {
  const decoded = decode(exchange({ json, status, mimeType }));
  if (decoded === null) throw new Error('not an error');
  return undocumentedCodes(decoded);
}

describe('undocumentedCodes', () => {
  it('lists a code that the format has no entry for, and none for a documented one', () => {
    expect(codesOf({ ok: false, error: { code: 'brand_new', message: 'x' } })).toEqual([
      'brand_new',
    ]);
    expect(codesOf({ ok: false, error: { code: 'provider_error', message: 'x' } }, 502)).toEqual(
      [],
    );
  });

  it('looks at every error of a JSON-RPC batch, not only the first', () => {
    const batch = [
      { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 },
      { jsonrpc: '2.0', error: { code: 77, message: 'new' }, id: 2 },
    ];
    expect(codesOf(batch, 200)).toEqual([77]);
  });

  it('lists nothing for a body without a code or a format whose codes are per API', () => {
    expect(codesOf('<html>', 500, 'text/html')).toEqual([]);
    const problem = { type: 'https://example.com/probs/out-of-credit', title: 'x', status: 403 };
    const json = { json: problem, status: 403, mimeType: 'application/problem+json' };
    expect(decode(exchange(json))).toMatchObject({ format: 'problem-json', known: false });
    expect(decode(exchange(json))?.code).not.toBeNull();
    expect(codesOf(problem, 403, 'application/problem+json')).toEqual([]);
  });
});
