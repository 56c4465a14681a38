import { describe, expect, it } from 'vitest';
import type { Envelope, EnvelopeError } from '../../formats/format';
import { connectError } from './connectError';

function finish(error: Partial<EnvelopeError>): EnvelopeError | undefined {
  const envelope: Envelope = {
    errors: [{ code: null, message: null, details: null, fieldErrors: [], ...error }],
    requestId: null,
  };
  return connectError.finish?.({}, envelope).errors[0];
}

describe('connect-error', () => {
  it.each<[string | number | null, string | number | null]>([
    ['canceled', 'CANCELLED'],
    ['resource_exhausted', 'RESOURCE_EXHAUSTED'],
    [8, 8],
    [null, null],
  ])('names code %j as %j', (code, name) => {
    expect(finish({ code })?.code).toBe(name);
  });

  it('keeps a detail it cannot read as sent, and reads debug when value cannot be', () => {
    const keep = [null, 'x', { type: 5, debug: { a: 1 } }, { value: 'AA' }];
    expect(finish({ details: keep })?.details).toStrictEqual(keep);
    const [debug] = finish({
      details: [{ type: 'google.rpc.RetryInfo', value: 5, debug: { retryDelay: '1s' } }],
    })?.details as [Record<string, unknown>];
    expect(debug).toMatchObject({ retryDelay: '1s' });
    expect(debug['@type']).toContain('google.rpc.RetryInfo');
  });

  it('reads at most 64 details, and no more than there are', () => {
    const details = Array.from({ length: 70 }, (_, i) => ({ n: i }));
    expect(finish({ details })?.details).toHaveLength(64);
    expect(finish({ details: details.slice(0, 2) })?.details).toStrictEqual([{ n: 0 }, { n: 1 }]);
  });
});
