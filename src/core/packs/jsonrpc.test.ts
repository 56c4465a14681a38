import { describe, it, expect } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';

const jsonRpcFormat = builtin('jsonrpc');

// Seed 003's own examples, verbatim.
const SEED_INTERNAL = `{
  "jsonrpc": "2.0",
  "error": {
    "code": -32603,
    "message": "Internal error",
    "data": {
      "details": "Additional error information"
    }
  },
  "id": 1
}`;

const SEED_VALIDATION = `{
  "jsonrpc": "2.0",
  "error": {
    "code": -32001,
    "message": "Validation error",
    "data": {
      "errors": [
        {
          "field": "name",
          "message": "Это поле обязательно"
        },
        {
          "field": "age",
          "message": "Должно быть положительное целое число"
        }
      ]
    }
  },
  "id": 1
}`;

const SEED_COMMAND = `{
  "jsonrpc": "2.0",
  "error": {
    "code": -32006,
    "message": "Command execution error",
    "data": {
      "command": "hello_world",
      "reason": "Недопустимый параметр name",
      "details": "Имя должно быть строкой"
    }
  },
  "id": 1
}`;

const recognize = (body: unknown) => jsonRpcFormat.recognize(body);
const ok = (id: number) => ({ jsonrpc: '2.0', result: { id }, id });
const fail = (code: number, id: number | null) => ({
  jsonrpc: '2.0',
  error: { code, message: `error ${code}` },
  id,
});

describe('jsonRpcFormat.recognize', () => {
  it('reads the seed examples', () => {
    expect(recognize(JSON.parse(SEED_INTERNAL))).toEqual({
      requestId: null,
      errors: [
        {
          code: -32603,
          message: 'Internal error',
          details: { details: 'Additional error information' },
          fieldErrors: [],
          pointers: {
            code: '/error/code',
            message: '/error/message',
            fieldErrors: '/error/data/errors',
          },
        },
      ],
    });
    expect(recognize(JSON.parse(SEED_VALIDATION))?.errors[0]?.fieldErrors).toEqual([
      { field: 'name', messages: ['Это поле обязательно'] },
      { field: 'age', messages: ['Должно быть положительное целое число'] },
    ]);
    const command = recognize(JSON.parse(SEED_COMMAND))?.errors[0];
    expect(command?.code).toBe(-32006);
    expect(command?.details).toEqual({
      command: 'hello_world',
      reason: 'Недопустимый параметр name',
      details: 'Имя должно быть строкой',
    });
  });

  it('treats a result without an error as the success shape', () => {
    expect(recognize(ok(1))).toEqual({ errors: [], requestId: null });
    expect(recognize({ jsonrpc: '2.0', result: null, error: null, id: 1 })).toEqual({
      errors: [],
      requestId: null,
    });
  });

  it('needs jsonrpc "2.0" and a result or an error object', () => {
    expect(recognize({ jsonrpc: '1.0', error: { code: -32600 } })).toBeNull();
    expect(recognize({ jsonrpc: 2, error: { code: -32600 } })).toBeNull();
    expect(recognize({ error: { code: -32600, message: 'Invalid request' } })).toBeNull();
    expect(recognize({ jsonrpc: '2.0', id: 1 })).toBeNull();
    expect(recognize({ jsonrpc: '2.0', method: 'ping', params: [] })).toBeNull();
    expect(recognize({ jsonrpc: '2.0', error: 'Internal error', id: 1 })).toBeNull();
  });

  it('survives wrong types', () => {
    for (const body of [null, 'text', 42, true]) expect(recognize(body)).toBeNull();
    const envelope = recognize({
      jsonrpc: '2.0',
      error: { code: { n: -32600 }, message: 5, data: { errors: 'not a list' } },
      id: 1,
    });
    expect(envelope?.errors).toEqual([
      {
        code: null,
        message: null,
        details: { errors: 'not a list' },
        fieldErrors: [],
        pointers: {
          code: '/error/code',
          message: '/error/message',
          fieldErrors: '/error/data/errors',
        },
      },
    ]);
  });

  it('never reads through __proto__', () => {
    expect(
      recognize(JSON.parse('{"__proto__":{"jsonrpc":"2.0","error":{"code":-32600}}}')),
    ).toBeNull();
    const envelope = recognize(
      JSON.parse('{"jsonrpc":"2.0","error":{"__proto__":{"code":-32600}},"id":1}'),
    );
    expect(envelope?.errors[0]?.code).toBeNull();
  });
});

describe('jsonRpcFormat batches', () => {
  it('reports every error of a mixed batch, in order', () => {
    const envelope = recognize([ok(1), fail(-32601, 2), ok(3), fail(-32005, 4)]);
    expect(envelope?.errors.map((e) => e.code)).toEqual([-32601, -32005]);
    // Each error points into its own response object of the batch.
    expect(envelope?.errors.map((e) => e.pointers?.code)).toEqual([
      '/1/error/code',
      '/3/error/code',
    ]);
  });

  it('treats an all-success batch as success', () => {
    expect(recognize([ok(1), ok(2)])).toEqual({ errors: [], requestId: null });
  });

  it('does not claim an empty array or an array with no JSON-RPC items', () => {
    expect(recognize([])).toBeNull();
    expect(recognize([{ id: 1 }, 'x', null, [fail(-32600, 1)]])).toBeNull();
  });

  it('ignores stray items beside JSON-RPC responses', () => {
    expect(recognize([null, 'x', fail(-32700, null)])?.errors).toHaveLength(1);
  });

  it('scans at most 1000 items', () => {
    const many = Array.from({ length: 5000 }, (_, i) => fail(-32603, i));
    expect(recognize(many)?.errors).toHaveLength(1000);
    const late = [...Array.from({ length: 1000 }, () => ({ id: 1 })), fail(-32603, 1)];
    expect(recognize(late)).toBeNull();
  });
});

describe('jsonRpcFormat catalogs', () => {
  it('does not match prototype keys', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      expect(jsonRpcFormat.catalog.get(key)).toBeUndefined();
      expect(jsonRpcFormat.statuses.get(key)).toBeUndefined();
    }
  });

  it('documents no HTTP statuses', () => {
    expect(jsonRpcFormat.statuses.size).toBe(0);
  });

  it('describes the reserved ranges as data, the documented server range first', () => {
    const [server, reserved] = jsonRpcFormat.codeRanges ?? [];
    expect(server).toMatchObject({ min: -32099, max: -32000, documented: true });
    expect(server?.entry.title.en).toBe('Server error (implementation-defined)');
    expect(server?.entry.title.ru).toBe('Ошибка сервера (определяется реализацией)');
    expect(server?.entry.retry.advice).toBe('backoff');
    expect(reserved).toMatchObject({ min: -32768, max: -32000, documented: false });
    expect(reserved?.entry.retry).toMatchObject({ advice: 'no', documented: false });
  });
});
