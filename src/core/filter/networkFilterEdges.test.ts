import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import type { DecodedError } from '../types';
import { compileFilter, type Filterable } from './networkFilter';

function row(url: string, status: number, json: unknown, body?: string): Filterable {
  const decoded = decode(exchange({ url, status, method: 'GET', json })) as DecodedError;
  return body === undefined
    ? { url, method: 'GET', status, decoded }
    : { url, method: 'GET', status, decoded, body };
}

// A 502 with no body: no format, no code.
const noCode = row('https://cdn.example.com/x', 502, null);
const coded = row('https://api.example.com/v1', 400, {
  ok: false,
  error: { code: 'invalid_request', message: 'Bad amount' },
});

describe('compileFilter on rows without a code or a body', () => {
  it('code: never matches a row without a code, not even as the text "null"', () => {
    expect(noCode.decoded.code).toBeNull();
    expect(compileFilter('code:null')(noCode)).toBe(false);
    expect(compileFilter('code:*')(noCode)).toBe(false);
    expect(compileFilter('code:*')(coded)).toBe(true);
  });

  it('free text does not find "null" in a row without a code', () => {
    expect(compileFilter('null')(noCode)).toBe(false);
  });

  it('body: never matches a row without a body, not even as the text "undefined"', () => {
    expect(compileFilter('body:undefined')(noCode)).toBe(false);
    const withBody = row('https://h.test/', 500, null, 'undefined behaviour');
    expect(compileFilter('body:undefined')(withBody)).toBe(true);
  });
});

describe('compileFilter: keys and values', () => {
  it('reads a word without a colon as text, even when it starts with a key', () => {
    // "bodyx" is text: not found in the URL, code or message (the body is not searched).
    const withBody = row('https://h2.test/', 500, null, 'bodyx');
    expect(compileFilter('bodyx')(withBody)).toBe(false);
  });

  it('ignores every key still being typed, whatever its matcher would make of ""', () => {
    expect(compileFilter('status-code:')(coded)).toBe(true);
    expect(compileFilter('code:')(noCode)).toBe(true);
  });
});
