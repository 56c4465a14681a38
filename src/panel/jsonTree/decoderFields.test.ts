import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../../core/decode';
import type { Exchange } from '../../core/types';
import { decoderFields, resolvePointer, ROLE, ROLE_NAMES, type RoleName } from './decoderFields';
import { flatten, type FlatTree } from './flatTree';
import { pointerOf } from './nodePaths';

/** Pointer → the roles the decoder's fields got there, for a body decoded as captured. */
function fieldsOf(json: unknown, overrides: Partial<Exchange> = {}): Record<string, RoleName[]> {
  const decoded = decode(exchange({ json, ...overrides }));
  if (decoded === null) throw new Error('not an error');
  const tree = flatten(JSON.parse(JSON.stringify(json))) as FlatTree;
  const roles = decoderFields(tree, decoded);
  const out: Record<string, RoleName[]> = {};
  roles.forEach((bits, node) => {
    if (bits !== 0) out[pointerOf(tree, node)] = ROLE_NAMES.filter((r) => (bits & ROLE[r]) !== 0);
  });
  return out;
}

describe('the fields the decoder read', () => {
  it('state-meta: code, message, request id and field errors kept as a map', () => {
    const body = {
      state: 1,
      message: 'Validation failed',
      result: null,
      error: {
        code: 'validation_error',
        // A string member is a field error too: the decoder lists `note` as one.
        details: { amount: ['The amount field is required.'], note: 'Too long.', count: 3 },
      },
      meta: { request_id: 'req_42', echo: 'validation_error', note: 'Validation failed' },
    };
    expect(fieldsOf(body, { status: 422 })).toEqual({
      '/message': ['message'],
      '/error/code': ['code'],
      '/error/details/amount': ['fieldError'],
      '/error/details/amount/0': ['fieldError'],
      '/error/details/note': ['fieldError'],
      '/meta/request_id': ['requestId'],
    });
  });

  it('JSON-RPC batch: the code and message of every error, numbers included', () => {
    const batch = [
      { jsonrpc: '2.0', id: 1, result: { code: -32601 } },
      { jsonrpc: '2.0', id: 2, error: { code: -32601, message: 'Method not found' } },
      { jsonrpc: '2.0', id: 3, error: { code: -32602, message: 'Invalid params' } },
    ];
    expect(fieldsOf(batch, { status: 200 })).toEqual({
      '/1/error/code': ['code'],
      '/1/error/message': ['message'],
      '/2/error/code': ['code'],
      '/2/error/message': ['message'],
    });
  });

  it('Problem Details: the type as code, and field errors given as a list', () => {
    const body = {
      type: 'https://example.net/validation',
      title: 'Your request is not valid.',
      status: 400,
      detail: 'Two fields are wrong.',
      errors: [
        { pointer: '#/age', detail: 'must be a positive integer' },
        { pointer: '#/name', detail: 'must not be empty' },
      ],
    };
    expect(fieldsOf(body, { status: 400 })).toEqual({
      '/type': ['code'],
      '/detail': ['message'],
      '/errors/0': ['fieldError'],
      '/errors/0/detail': ['fieldError'],
      '/errors/1': ['fieldError'],
      '/errors/1/detail': ['fieldError'],
    });
  });

  it('GraphQL: the extension code; retry hints in the body by their member names', () => {
    const body = {
      errors: [
        {
          message: 'Too many requests',
          extensions: { code: 'RATE_LIMITED', retryAfter: 12, retry_delay_ms: 500 },
        },
      ],
      data: null,
    };
    expect(fieldsOf(body, { status: 200 })).toEqual({
      '/errors/0/message': ['message'],
      '/errors/0/extensions/code': ['code'],
      '/errors/0/extensions/retryAfter': ['retryHint'],
      '/errors/0/extensions/retry_delay_ms': ['retryHint'],
    });
  });

  it('reads where the format says, not wherever the same value appears', () => {
    const body = {
      ok: false,
      error: { code: 'E1', message: 'Broke' },
      echo: { code: 'E1', message: 'Broke' },
    };
    expect(fieldsOf(body, { status: 400 })).toEqual({
      '/error/code': ['code'],
      '/error/message': ['message'],
    });
  });

  it('finds the loose message of an unrecognized body by value, under its usual name first', () => {
    const body = { note: 'Something broke', error: 'Something broke' };
    expect(fieldsOf(body, { status: 500 })).toEqual({ '/error': ['message'] });
    // With no usual name holding it, every place holding the value is marked.
    const decoded = decode(exchange({ status: 500, json: body }));
    if (decoded === null) throw new Error('not an error');
    const tree = flatten({ info: 'Something broke', other: 1 }) as FlatTree;
    expect(decoderFields(tree, decoded)[1]).toBe(ROLE.message);
  });

  it('resolves escaped pointers and ignores ones that lead nowhere', () => {
    const tree = flatten(JSON.parse('{"a/b":{"m~n":[0,{"x":1}]}}')) as FlatTree;
    expect(resolvePointer(tree, '/a~1b/m~0n/1/x')).toBe(5);
    expect(resolvePointer(tree, '')).toBe(0);
    expect(resolvePointer(tree, '/a~1b/m~0n/2')).toBe(-1);
    expect(resolvePointer(tree, '/a/b')).toBe(-1);
    expect(resolvePointer(tree, 'a~1b')).toBe(-1);
  });

  it('marks no request id that came from a header only', () => {
    const fields = fieldsOf(
      { ok: false, error: { code: 'E1', message: 'm' }, trace: 'req_9' },
      { status: 400, responseHeaders: headers({ 'X-Request-Id': 'req_1' }) },
    );
    expect(Object.values(fields).flat()).not.toContain('requestId');
  });
});
