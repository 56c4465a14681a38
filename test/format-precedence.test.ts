import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../demo/endpoints';
import { decode } from '../src/core/decode';
import { FORMATS } from '../src/core/formats/index';
import type { FormatId } from '../src/core/types';
import { exchange, headers } from './helpers/exchange';
import { propertyRuns } from './helpers/propertyRuns';

/**
 * Adding problem-json and graphql must leave the five seed formats' decoding as it was:
 * each seed's own example envelopes, typed out verbatim from /work/shared/seeds, still decode
 * to that seed's format, including when served with a problem+json media type.
 */
interface SeedExample {
  readonly seed: string;
  readonly format: FormatId;
  readonly status: number;
  readonly body: string;
}

const SEED_EXAMPLES: readonly SeedExample[] = [
  {
    seed: '000',
    format: 'ok-flag',
    status: 400,
    body: `{
  "ok": false,
  "error": {
    "code": "invalid_request",
    "message": "Bad request",
    "details": null
  }
}`,
  },
  {
    seed: '001',
    format: 'state-meta',
    status: 422,
    body: `{
  "state": 1,
  "message": "Validation failed",
  "result": null,
  "error": {
    "code": "validation_error",
    "details": {
      "amount": ["The amount field is required."]
    }
  },
  "meta": {
    "request_id": "req_01J...",
    "timestamp": "2026-06-23T10:00:00+00:00"
  }
}`,
  },
  {
    seed: '002',
    format: 'success-flag',
    status: 402,
    body: `{
  "success": false,
  "data": null,
  "error": {
    "code": "INSUFFICIENT_BALANCE",
    "message": "Insufficient balance. Current balance: 50.00; required: 100.00",
    "details": {
      "current_balance": 50.00,
      "required_amount": 100.00
    }
  },
  "meta": {
    "request_id": "req_xxxx"
  }
}`,
  },
  {
    seed: '003',
    format: 'jsonrpc',
    status: 200,
    body: `{
  "jsonrpc": "2.0",
  "error": {
    "code": -32603,
    "message": "Internal error",
    "data": {
      "details": "Additional error information"
    }
  },
  "id": 1
}`,
  },
  {
    seed: '003',
    format: 'jsonrpc',
    status: 200,
    body: `{
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
}`,
  },
  {
    seed: '003',
    format: 'jsonrpc',
    status: 200,
    body: `{
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
}`,
  },
  {
    seed: '004',
    format: 'numeric-code',
    status: 405,
    body: `{
  "error": {
    "code": 1008,
    "message": "Method not supported by this resource"
  }
}`,
  },
];

// The seeds' success shapes: still no error under 2xx.
const SEED_SUCCESSES = [
  '{ "ok": true, "data": {} }',
  '{ "success": true, "data": { "balance": 100 }, "error": null, "meta": { "request_id": "r" } }',
  '{ "jsonrpc": "2.0", "result": { "greeting": "Hello" }, "id": 1 }',
];

const PROBLEM_JSON = `{
 "type": "https://example.com/probs/out-of-credit",
 "title": "You do not have enough credit.",
 "status": 403,
 "detail": "Your current balance is 30, but that costs 50.",
 "instance": "/account/12345/msgs/abc",
 "balance": 30
}`;

const GRAPHQL = `{
  "errors": [
    {
      "message": "Name for character with ID 1002 could not be fetched.",
      "locations": [{ "line": 6, "column": 7 }],
      "path": ["hero", "heroFriends", 1, "name"]
    }
  ],
  "data": { "hero": { "name": "R2-D2", "heroFriends": [] } }
}`;

const SEED_FORMATS: readonly FormatId[] = [
  'jsonrpc',
  'ok-flag',
  'success-flag',
  'state-meta',
  'numeric-code',
];
// Issue 11's everyday envelopes rank below every seed format too, so no seed body changes hands.
const NEW_FORMATS: readonly FormatId[] = [
  'connect',
  'slack',
  'stripe',
  'github',
  'odata',
  'aws-json',
  'aws-xml',
  'problem-json',
  'graphql',
  'grpc-web',
];

/**
 * Issue 11: Google's envelope `{"error": {"code": 400, "message", "status" | "errors"}}` was
 * numeric-code's by accident (code 400 read as an API code). google-rpc is tried right before
 * numeric-code, after every other seed format, and takes only its own shape from it.
 */
const GOOGLE_STATUS_NAMES = new Set(
  'OK CANCELLED UNKNOWN INVALID_ARGUMENT DEADLINE_EXCEEDED NOT_FOUND ALREADY_EXISTS PERMISSION_DENIED RESOURCE_EXHAUSTED FAILED_PRECONDITION ABORTED OUT_OF_RANGE UNIMPLEMENTED INTERNAL UNAVAILABLE DATA_LOSS UNAUTHENTICATED'.split(
    ' ',
  ),
);
function isGoogleShape(value: unknown): boolean {
  const error = (value as { error?: { code?: unknown; status?: unknown; errors?: unknown } })
    ?.error;
  if (typeof error !== 'object' || error === null || !Number.isInteger(error.code)) return false;
  if (typeof error.status === 'string') return GOOGLE_STATUS_NAMES.has(error.status);
  const first: unknown = Array.isArray(error.errors) ? error.errors[0] : undefined;
  return error.status === undefined && typeof first === 'object' && first !== null;
}

describe('the seed formats still win on their own envelopes', () => {
  it.each(SEED_EXAMPLES.map((e) => [`${e.seed} ${e.format}`, e] as const))(
    'seed %s',
    (_name, { format, status, body }) => {
      expect(decode(exchange({ status, body }))?.format).toBe(format);
      // Even a wrong media type does not hand them to problem-json.
      const asProblem = exchange({
        status,
        body,
        mimeType: 'application/problem+json',
        responseHeaders: headers({ 'Content-Type': 'application/problem+json' }),
      });
      expect(decode(asProblem)?.format).toBe(format);
    },
  );

  it.each(SEED_SUCCESSES)('success %s is no error', (body) => {
    expect(decode(exchange({ status: 200, body }))).toBeNull();
  });
});

describe('the new formats claim their own bodies', () => {
  it('a problem+json body decodes as problem-json', () => {
    const plain = decode(exchange({ status: 403, body: PROBLEM_JSON }));
    expect(plain).toMatchObject({
      format: 'problem-json',
      code: 'https://example.com/probs/out-of-credit',
    });
    const typed = decode(
      exchange({
        status: 404,
        body: '{"title":"Not Found"}',
        mimeType: 'application/problem+json',
      }),
    );
    expect(typed).toMatchObject({ format: 'problem-json', code: 'about:blank' });
  });

  it('a GraphQL body decodes as graphql, under 200 as under 4xx', () => {
    expect(decode(exchange({ status: 200, body: GRAPHQL }))?.format).toBe('graphql');
    expect(decode(exchange({ status: 400, body: GRAPHQL }))?.format).toBe('graphql');
  });

  it('a problem document with an `errors` list of messages stays a problem', () => {
    const body = {
      type: 'https://api.test/validation',
      title: 'Invalid',
      status: 422,
      errors: [{ field: 'email', message: 'is invalid' }],
    };
    expect(decode(exchange({ status: 422, json: body }))?.format).toBe('problem-json');
    // Under 2xx a problem is no error, and graphql does not pick it up instead.
    expect(decode(exchange({ status: 200, json: body }))).toBeNull();
  });
});

describe('every demo endpoint decodes to the format it is listed under', () => {
  const ctx = { requestId: 'req_test', now: Date.parse('2026-06-23T10:00:00Z') };
  const listed = ENDPOINTS.filter((e) => e.kind === 'error' || e.kind === 'success');

  it.each(listed.map((e) => [`${e.method} ${e.path}`, e] as const))('%s', (_name, endpoint) => {
    const reply = endpoint.reply(ctx);
    const d = decode(
      exchange({
        method: endpoint.method,
        status: reply.status,
        // A binary body (gRPC-Web) reaches the decoder base64-encoded, as DevTools gives it.
        ...(Buffer.isBuffer(reply.body)
          ? { body: reply.body.toString('base64'), bodyEncoding: 'base64' as const }
          : { body: reply.body }),
        mimeType: reply.headers['Content-Type']?.split(';')[0] ?? '',
        responseHeaders: headers(reply.headers),
      }),
    );
    if (endpoint.kind === 'success') {
      expect(d).toBeNull();
    } else {
      expect(d?.format).toBe(endpoint.format);
      // A JSON-RPC batch is listed without a code; the decoder reports its first error's.
      if (endpoint.code !== null) expect(d?.code).toBe(endpoint.code);
    }
  });
});

describe('the registry', () => {
  it('orders formats by specificity, most specific first', () => {
    for (let i = 1; i < FORMATS.length; i++) {
      const [before, after] = [FORMATS[i - 1], FORMATS[i]];
      expect(before?.specificity, `${before?.id} before ${after?.id}`).toBeGreaterThanOrEqual(
        after?.specificity ?? Infinity,
      );
    }
  });

  it('tries google-rpc right before numeric-code, after every other seed format', () => {
    const ids = FORMATS.map((f) => f.id);
    expect(ids.indexOf('google-rpc') + 1).toBe(ids.indexOf('numeric-code'));
    const google = FORMATS.find((f) => f.id === 'google-rpc');
    for (const f of FORMATS.filter((x) => SEED_FORMATS.includes(x.id) && x.id !== 'numeric-code')) {
      expect(google?.specificity, f.id).toBeLessThan(f.specificity);
    }
  });

  it('tries the five seed formats before the new ones, problem-json before graphql', () => {
    const ids = FORMATS.map((f) => f.id).filter((id) => id !== 'google-rpc');
    expect(ids.slice(0, SEED_FORMATS.length).sort()).toEqual([...SEED_FORMATS].sort());
    expect(ids.slice(SEED_FORMATS.length)).toEqual(NEW_FORMATS);
    const seedMin = Math.min(
      ...FORMATS.filter((f) => SEED_FORMATS.includes(f.id)).map((f) => f.specificity),
    );
    for (const f of FORMATS.filter((x) => NEW_FORMATS.includes(x.id))) {
      expect(f.specificity, f.id).toBeLessThan(seedMin);
    }
  });

  it('gives no body a seed format claims to a new format (property-based)', () => {
    const seedFormats = FORMATS.filter((f) => SEED_FORMATS.includes(f.id));
    const key = fc.constantFrom(
      'ok',
      'success',
      'error',
      'errors',
      'jsonrpc',
      'state',
      'meta',
      'result',
      'message',
      'data',
      'code',
      'title',
      'status',
      'type',
      'detail',
      'instance',
    );
    const leaf = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -33000, max: 600 }),
      fc.constantFrom('2.0', 'about:blank', 'x'),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 6 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, fc.constantFrom(200, 400, 422, 500), fc.boolean(), (value, status, p) => {
        const claimed = seedFormats.some((f) => f.recognize(value) !== null);
        const d = decode(
          exchange({ status, json: value, mimeType: p ? 'application/problem+json' : undefined }),
        );
        if (claimed && d !== null && !(d.format === 'google-rpc' && isGoogleShape(value))) {
          expect([...NEW_FORMATS, 'google-rpc']).not.toContain(d.format);
        }
      }),
      { numRuns: propertyRuns(5000) },
    );
  });
});
