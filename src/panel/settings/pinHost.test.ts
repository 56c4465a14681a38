import { describe, expect, it } from 'vitest';
import { pinHost, withPin, withoutPin } from './pinHost';

describe('pinHost', () => {
  it.each([
    ['api.Example.com', 'api.example.com'],
    ['  localhost:3000 ', 'localhost:3000'],
    ['domain:foo.test', 'foo.test'],
    ['https://api.example.com:443/v1/x?y=1', 'api.example.com'],
    ['http://127.0.0.1:8080/rpc', '127.0.0.1:8080'],
    ['[::1]:8080', '[::1]:8080'],
    ['foo.test/path', 'foo.test'],
  ])('keys %j as capture shows the host: %j', (typed, host) => {
    expect(pinHost(typed)).toBe(host);
  });

  it.each(['', '   ', '*.example.com', 'two hosts', 'http://'])('rejects %j', (typed) => {
    expect(pinHost(typed)).toBe('');
  });
});

describe('withPin / withoutPin', () => {
  it('adds, replaces and removes one host without touching the others', () => {
    const one = withPin({}, 'a.test', 'ok-flag');
    const two = withPin(one, 'b.test', 'jsonrpc');
    expect(withPin(two, 'a.test', 'graphql')).toEqual({ 'a.test': 'graphql', 'b.test': 'jsonrpc' });
    expect(withoutPin(two, 'a.test')).toEqual({ 'b.test': 'jsonrpc' });
    expect(one).toEqual({ 'a.test': 'ok-flag' });
  });
});
