import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { LANGS, RETRY_ADVICES } from '../types';
import { builtin } from '../../../test/helpers/builtin';

const graphqlFormat = builtin('graphql');

// The GraphQL specification's §7.1.2 example: a partial result with one field error.
const SPEC_PARTIAL = `{
  "errors": [
    {
      "message": "Name for character with ID 1002 could not be fetched.",
      "locations": [{ "line": 6, "column": 7 }],
      "path": ["hero", "heroFriends", 1, "name"]
    }
  ],
  "data": {
    "hero": {
      "name": "R2-D2",
      "heroFriends": [
        { "id": "1000", "name": "Luke Skywalker" },
        { "id": "1002", "name": null },
        { "id": "1003", "name": "Leia Organa" }
      ]
    }
  }
}`;

// Apollo Server's documented validation error (a misspelt __typename).
const APOLLO_VALIDATION = `{
  "errors": [
    {
      "message": "Cannot query field \\"__typenam\\" on type \\"Query\\".",
      "locations": [{ "line": 1, "column": 2 }],
      "extensions": { "code": "GRAPHQL_VALIDATION_FAILED" }
    }
  ]
}`;

const recognize = (body: unknown) => graphqlFormat.recognize(body);

describe('graphqlFormat.recognize', () => {
  it('reads the spec example with partial data', () => {
    const envelope = recognize(JSON.parse(SPEC_PARTIAL));
    expect(envelope?.errors).toEqual([
      {
        code: null,
        message: 'Name for character with ID 1002 could not be fetched.',
        details: {
          path: ['hero', 'heroFriends', 1, 'name'],
          locations: [{ line: 6, column: 7 }],
          extensions: null,
          partialData: true,
        },
        fieldErrors: [],
        pointers: { code: '/errors/0/extensions/code', message: '/errors/0/message' },
      },
    ]);
    expect(envelope?.notes?.map((n) => n.en)).toEqual([
      expect.stringContaining('Partial data was returned alongside the errors'),
    ]);
  });

  it('reads extensions.code, and no partial data when data is null or absent', () => {
    const envelope = recognize(JSON.parse(APOLLO_VALIDATION));
    expect(envelope?.errors[0]).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      details: { path: null, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    });
    expect(envelope?.notes).toBeUndefined();
    const nullData = recognize({ data: null, errors: [{ message: 'x' }] });
    expect(nullData?.errors[0]?.details).toMatchObject({ partialData: false });
    expect(nullData?.notes).toBeUndefined();
  });

  it('lists every error', () => {
    const envelope = recognize({
      errors: [
        { message: 'a', extensions: { code: 'UNAUTHENTICATED' } },
        { message: 'b', path: ['user'], extensions: { code: 'FORBIDDEN' } },
        { message: 'c' },
      ],
      data: { user: null },
    });
    expect(envelope?.errors.map((e) => [e.code, e.message])).toEqual([
      ['UNAUTHENTICATED', 'a'],
      ['FORBIDDEN', 'b'],
      [null, 'c'],
    ]);
  });

  it('treats data without errors as the success shape', () => {
    expect(recognize({ data: { hero: { name: 'R2-D2' } } })).toEqual({
      errors: [],
      requestId: null,
    });
    expect(recognize({ data: {}, errors: [], extensions: { cost: 1 } })?.errors).toEqual([]);
    // Anything outside the spec's three keys, or no data object: not a GraphQL success.
    expect(recognize({ data: {}, items: [] })).toBeNull();
    expect(recognize({ data: null })).toBeNull();
    expect(recognize({ data: [] })).toBeNull();
    expect(recognize({})).toBeNull();
  });

  it('requires a non-empty array of errors, each with a string message', () => {
    expect(recognize({ errors: 'boom' })).toBeNull();
    expect(recognize({ errors: {} })).toBeNull();
    expect(recognize({ errors: [{ msg: 'x' }] })).toBeNull();
    expect(recognize({ errors: [{ message: 7 }] })).toBeNull();
    expect(recognize({ errors: [{ message: 'ok' }, { message: null }] })).toBeNull();
    expect(recognize({ errors: ['x'] })).toBeNull();
    expect(recognize({ errors: [null] })).toBeNull();
  });

  it("never claims another format's envelope", () => {
    const errors = [{ message: 'x' }];
    for (const extra of [
      { ok: false, error: { code: 'invalid_request' } },
      { success: false, data: null, error: { code: 'INVALID_REQUEST' } },
      { jsonrpc: '2.0', id: 1 },
      { error: { code: 1001, message: 'x' } },
      { error: null },
    ]) {
      expect(recognize({ ...extra, errors })).toBeNull();
      expect(recognize({ ...extra, data: {} })).toBeNull();
    }
    expect(recognize([{ errors }])).toBeNull();
    // A problem document (RFC 9457) listing `{ message }` errors is problem-json's.
    expect(recognize({ title: 'Invalid', status: 422, errors })).toBeNull();
  });

  it('survives wrong types', () => {
    for (const body of [null, [], 'text', 42, false]) expect(recognize(body)).toBeNull();
    const error = recognize({
      errors: [{ message: 'x', path: 'a.b', locations: {}, extensions: ['code'] }],
    })?.errors[0];
    expect(error).toEqual({
      code: null,
      message: 'x',
      details: { path: null, locations: null, extensions: null, partialData: false },
      fieldErrors: [],
      pointers: { code: '/errors/0/extensions/code', message: '/errors/0/message' },
    });
    const numericCode = recognize({ errors: [{ message: 'x', extensions: { code: 42 } }] });
    expect(numericCode?.errors[0]?.code).toBeNull();
  });

  it('never reads through __proto__', () => {
    expect(recognize(JSON.parse('{"__proto__":{"errors":[{"message":"x"}]}}'))).toBeNull();
    expect(recognize(JSON.parse('{"data":{},"__proto__":{}}'))).toBeNull();
    const error = recognize(
      JSON.parse('{"errors":[{"message":"x","extensions":{"__proto__":{"code":"FORBIDDEN"}}}]}'),
    )?.errors[0];
    expect(error?.code).toBeNull();
    expect(Object.prototype).not.toHaveProperty('code');
  });

  it('caps a hostile number of errors', () => {
    const errors = Array.from({ length: 5000 }, (_, i) => ({ message: `e${i}` }));
    expect(recognize({ errors })?.errors).toHaveLength(1000);
  });
});

describe('graphqlFormat catalog', () => {
  it('documents the common GraphQL server codes in both languages', () => {
    expect([...graphqlFormat.catalog.keys()].sort()).toEqual(
      [
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'PERSISTED_QUERY_NOT_FOUND',
        'PERSISTED_QUERY_NOT_SUPPORTED',
        'OPERATION_RESOLUTION_FAILURE',
        'BAD_REQUEST',
        'INTERNAL_SERVER_ERROR',
      ].sort(),
    );
    for (const [code, entry] of graphqlFormat.catalog) {
      for (const text of [entry.title, entry.meaning, entry.action]) {
        for (const lang of LANGS) expect(text[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(text.ru, code).toMatch(/[\u0400-\u04ff]/);
      }
      expect(RETRY_ADVICES).toContain(entry.retry.advice);
      // GraphQL over HTTP pairs no code with a status: a pairing would raise false notes.
      expect(entry.status, code).toBeUndefined();
    }
  });

  it('gives the retry advice of each code', () => {
    const advice = (code: string) => graphqlFormat.catalog.get(code)?.retry.advice;
    expect(advice('UNAUTHENTICATED')).toBe('after-auth');
    expect(advice('INTERNAL_SERVER_ERROR')).toBe('backoff');
    // The same hash-only request fails again; the fix is a new request with the full query.
    expect(advice('PERSISTED_QUERY_NOT_FOUND')).toBe('no');
    for (const code of ['GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'FORBIDDEN', 'BAD_REQUEST']) {
      expect(advice(code), code).toBe('no');
    }
  });

  it('does not match prototype keys', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'valueOf']) {
      expect(graphqlFormat.catalog.get(key)).toBeUndefined();
    }
  });
});

describe('decoding GraphQL responses', () => {
  it('decodes an error under HTTP 200 and notes the status', () => {
    const d = decode(exchange({ status: 200, method: 'POST', body: APOLLO_VALIDATION }));
    expect(d).toMatchObject({
      format: 'graphql',
      code: 'GRAPHQL_VALIDATION_FAILED',
      known: true,
      message: 'Cannot query field "__typenam" on type "Query".',
      status: 200,
      batch: [],
    });
    expect(d?.title.en).toBe('Query does not match the schema');
    expect(d?.notes.map((n) => n.en).join(' ')).toContain('HTTP 200 reports success');
  });

  it('decodes partial data under HTTP 200, with a note', () => {
    const d = decode(exchange({ status: 200, method: 'POST', body: SPEC_PARTIAL }));
    expect(d).toMatchObject({ format: 'graphql', code: null, known: false });
    expect(d?.details).toMatchObject({ partialData: true });
    const notes = d?.notes.map((n) => n.en) ?? [];
    expect(notes.some((n) => n.includes('Partial data was returned alongside the errors'))).toBe(
      true,
    );
    expect(d?.notes.every((n) => n.ru.trim() !== '')).toBe(true);
  });

  it('lists every error in the batch, with a GraphQL note', () => {
    const body = {
      errors: [
        { message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } },
        { message: 'Boom', path: ['orders'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
      data: null,
    };
    const d = decode(exchange({ status: 200, method: 'POST', json: body }));
    expect(d?.code).toBe('UNAUTHENTICATED');
    expect(d?.retry.advice).toBe('after-auth');
    expect(d?.batch.map((b) => [b.code, b.retry.advice])).toEqual([
      ['UNAUTHENTICATED', 'after-auth'],
      ['INTERNAL_SERVER_ERROR', 'backoff'],
    ]);
    const notes = d?.notes.map((n) => n.en).join(' ') ?? '';
    expect(notes).toContain('The GraphQL response lists 2 errors');
    expect(notes).not.toContain('JSON-RPC');
    expect(notes).not.toContain('Partial data');
  });

  it('decodes an error under a 4xx status', () => {
    const body = {
      errors: [{ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
    };
    const d = decode(exchange({ status: 400, method: 'POST', json: body }));
    expect(d).toMatchObject({ format: 'graphql', code: 'GRAPHQL_PARSE_FAILED', known: true });
    expect(d?.notes.some((n) => n.en.includes('reports success'))).toBe(false);
  });

  it('does not flag a successful response', () => {
    const ok = { data: { errorsCount: 0, hero: { name: 'R2-D2' } } };
    expect(decode(exchange({ status: 200, method: 'POST', json: ok }))).toBeNull();
  });
});
