import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { exchange } from '../../../test/helpers/exchange';
import { looseMessage } from './looseMessage';

// A Rails API's error body (ActionDispatch::ShowExceptions in API mode), as issue 11 quotes it.
const RAILS = {
  status: 400,
  error: 'Bad Request',
  exception: 'param is missing or the value is empty: parking_spot',
};

describe('looseMessage', () => {
  it('shows a Rails error its exception, not the reason phrase in "error"', () => {
    expect(looseMessage(RAILS)).toBe('param is missing or the value is empty: parking_spot');
    const d = decode(exchange({ status: 400, json: RAILS }));
    expect(d).toMatchObject({ format: 'http', message: RAILS.exception });
  });

  it('keeps "error" when it says more than the reason phrase', () => {
    expect(looseMessage({ error: 'Card expired', exception: 'x' })).toBe('Card expired');
    expect(looseMessage({ message: 'boom', error: 'e' })).toBe('boom');
  });

  it('falls back to the reason phrase when nothing else speaks', () => {
    expect(looseMessage({ status: 404, error: 'Not Found' })).toBe('Not Found');
    expect(looseMessage({ error: 'Not Found', detail: 'No such order 42' })).toBe(
      'No such order 42',
    );
  });

  it('reads OAuth error_description and ignores what is not an object of strings', () => {
    expect(looseMessage({ error: 'Unauthorized', error_description: 'Token expired' })).toBe(
      'Token expired',
    );
    expect(looseMessage(['message'])).toBeNull();
    expect(looseMessage({ message: 42, exception: null })).toBeNull();
    expect(looseMessage(JSON.parse('{"__proto__":{"message":"x"}}'))).toBeNull();
  });

  it('cuts a huge message', () => {
    expect(looseMessage({ exception: 'x'.repeat(5000) })).toHaveLength(2000);
  });
});

describe('looseMessage: keys and phrases', () => {
  it('reads each message-like key, in the order they usually speak', () => {
    const keys = [
      'message',
      'error',
      'detail',
      'title',
      'exception',
      'error_description',
      'errorMessage',
    ];
    for (const key of keys) expect(looseMessage({ [key]: `from ${key}` }), key).toBe(`from ${key}`);
    const all = Object.fromEntries(keys.map((key) => [key, `from ${key}`]));
    for (let i = 0; i < keys.length; i++) {
      const rest = Object.fromEntries(Object.entries(all).slice(i));
      expect(looseMessage(rest)).toBe(`from ${keys[i] ?? ''}`);
    }
    expect(looseMessage({ msg: 'x', errors: 'y' })).toBeNull();
    expect(looseMessage(null)).toBeNull();
    expect(looseMessage('message')).toBeNull();
  });

  it('knows a reason phrase whatever its case and spacing, and only a short one', () => {
    expect(looseMessage({ error: ' UNPROCESSABLE ENTITY ', detail: 'name is blank' })).toBe(
      'name is blank',
    );
    expect(looseMessage({ error: 'Too Many Requests', title: 'Bad Gateway' })).toBe(
      'Too Many Requests',
    );
    const forty = `Request Header Fields Too Large${' '.repeat(9)}`;
    expect(forty).toHaveLength(40);
    expect(looseMessage({ error: forty, detail: 'more' })).toBe('more');
    const padded = `Not Found${' '.repeat(40)}`;
    expect(looseMessage({ error: padded, detail: 'more' })).toBe(padded);
    expect(looseMessage({ error: 'Not Found!', detail: 'more' })).toBe('Not Found!');
  });

  it('cuts at 2,000 characters, not before', () => {
    const long = 'x'.repeat(2000);
    expect(looseMessage({ message: long })).toBe(long);
  });
});
