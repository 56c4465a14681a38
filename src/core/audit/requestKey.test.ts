import { describe, expect, it } from 'vitest';
import { bodyKeyOf, requestKey } from './requestRecord';

// cyrb53 as published (bryc, "code/jshash/experimental/cyrb53.js"), written out separately:
// requestKey promises this hash with seed 0 and with 0x9e3779b9, each as four base-16384
// digits, least significant first.
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
function digits(value: number): string {
  let out = '';
  for (let i = 0; i < 4; i++, value = Math.floor(value / 16384)) {
    out += String.fromCharCode(value % 16384);
  }
  return out;
}
const pair = (text: string) => digits(cyrb53(text, 0)) + digits(cyrb53(text, 0x9e3779b9));

describe('requestKey', () => {
  it('is cyrb53 of method, URL and body key, with two seeds', () => {
    for (const r of [
      { method: 'GET', url: 'https://api.example.com/v1/orders?page=2', bodyKey: '' },
      { method: 'POST', url: 'https://h.test/', bodyKey: '={"a":1}' },
      { method: 'PUT', url: 'https://h.test/ü/日本', bodyKey: '#500:abc.def' },
    ])
      expect(requestKey(r)).toBe(pair(`${r.method}\n${r.url}\n${r.bodyKey}`));
  });
});

describe('bodyKeyOf', () => {
  it('keeps a body of up to 200 characters and hashes a longer one with its length', () => {
    expect(bodyKeyOf(null)).toBe('');
    expect(bodyKeyOf(undefined)).toBe('');
    expect(bodyKeyOf('')).toBe('=');
    expect(bodyKeyOf('x'.repeat(200))).toBe(`=${'x'.repeat(200)}`);
    const long = 'y'.repeat(201);
    expect(bodyKeyOf(long)).toBe(`#201:${pair(long)}`);
  });
});
