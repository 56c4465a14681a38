import { describe, expect, it } from 'vitest';
import { toCurl } from './curl';

const curl = (requestHeaders: { name: string; value: string }[], requestBody?: string | null) =>
  toCurl({ url: 'https://h.test/x', method: 'POST', requestHeaders, requestBody }).split(' \\\n  ');

describe('toCurl headers', () => {
  it('trims header names, and leaves out empty names and HTTP/2 pseudo-headers', () => {
    const lines = curl([
      { name: '  X-Trace  ', value: 'abc' },
      { name: '   ', value: 'lost' },
      { name: ':authority', value: 'h.test' },
      { name: ' :path', value: '/x' },
    ]);
    expect(lines).toEqual(['curl', '-X POST', "-H 'X-Trace: abc'", '-- https://h.test/x']);
  });
});

describe('toCurl body', () => {
  it('sends no --data-raw for an empty, null or missing body', () => {
    for (const body of ['', null, undefined])
      expect(curl([], body).some((l) => l.startsWith('--data-raw'))).toBe(false);
    expect(curl([], 'Stryker was here!')).toContain("--data-raw 'Stryker was here!'");
  });
});
