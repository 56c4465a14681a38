import { describe, expect, it } from 'vitest';
import { harRequestBody } from './harRequest';

const withPostData = (postData: unknown) => ({ request: { method: 'POST', postData } });

describe('harRequestBody', () => {
  it('takes postData.text as it is, even when params are recorded too', () => {
    expect(harRequestBody(withPostData({ text: 'a=1', params: [{ name: 'b', value: '2' }] }))).toBe(
      'a=1',
    );
    expect(harRequestBody(withPostData({ text: '' }))).toBe('');
  });

  it('builds a form body from params when there is no text, encoding names and values', () => {
    const params = [
      { name: 'user name', value: 'a&b=c' },
      { name: 'pin', value: 42 }, // not text: an empty value
      { value: 'no name' },
      'not an object',
      null,
      { name: 'ü', value: '€' },
    ];
    expect(harRequestBody(withPostData({ params }))).toBe(
      'user%20name=a%26b%3Dc&pin=&%C3%BC=%E2%82%AC',
    );
  });

  it('gives null for no body, no params, or params of which none has a name', () => {
    for (const entry of [
      null,
      'entry',
      {},
      { request: null },
      { request: { postData: null } },
      withPostData('text'),
      withPostData({}),
      withPostData({ text: 7 }),
      withPostData({ params: 'a=1' }),
      withPostData({ params: [] }),
      withPostData({ params: [{ value: 'x' }, 3] }),
    ])
      expect(harRequestBody(entry)).toBeNull();
  });
});
