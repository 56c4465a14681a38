import { describe, expect, it } from 'vitest';
import { httpStatusEntry } from '../../http/statusCatalog';
import type { JsonObject } from '../../json/guards';
import { draftFromOpenApi } from './fromOpenApi';

const NOT_3X = 'not an OpenAPI 3.x document ("openapi" is not 3.x): the draft is mostly empty';
const NO_MATCH = 'no error response has a JSON schema with a code or message: write envelope.match';
const NO_CODE = 'no code property found (code, error_code, type…): the pack decodes by status';
const DEFAULTS =
  'meanings, actions and retry rules come from HTTP defaults ("documented": false): check them';
const NO_HOST =
  'no host in servers or --host: the pack would apply to every host, before the built-ins';

const json = (schema: JsonObject, description = 'd'): JsonObject => ({
  description,
  content: { 'application/json': { schema } },
});
const obj = (properties: JsonObject, required: string[] = []): JsonObject => ({
  type: 'object',
  required,
  properties,
});
const str = { type: 'string' };

/** A 3.0 document with a host, whose one operation has these responses. */
function doc(responses: JsonObject, extra: JsonObject = {}): JsonObject {
  return {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    servers: [{ url: 'https://api.t.example' }],
    paths: { '/x': { get: { responses } } },
    ...extra,
  };
}

const envelope = (spec: unknown) => draftFromOpenApi(spec).pack['envelope'];
const statuses = (spec: unknown) =>
  draftFromOpenApi(spec).pack['statuses'] as Record<string, JsonObject>;

describe('draftFromOpenApi: which responses count', () => {
  it.each([
    ['400', true],
    ['4XX', true],
    ['5xx', true],
    ['default', true],
    ['200', false],
    ['1400', false],
    ['4000', false],
    ['4X', false],
  ])('response %s counts: %s', (key, counts) => {
    const env = envelope(doc({ [key]: json(obj({ code: str })) }));
    expect(env).toEqual(
      counts
        ? { match: [{ path: '/code', type: 'string' }], code: '/code' }
        : { match: [{ path: '/message', type: 'string' }] },
    );
  });

  it('skips path items, operations and media that are not objects, and non-JSON media', () => {
    const spec = doc(
      {},
      {
        paths: {
          '/a': null,
          '/b': { parameters: null, summary: 'no responses', get: {} },
          '/c': {
            get: {
              responses: {
                '400': {
                  content: {
                    'text/plain': { schema: obj({ error: str }) },
                    'application/xml+json': null,
                    'application/problem+json': { schema: obj({ code: str }) },
                  },
                },
              },
            },
          },
        },
      },
    );
    expect(envelope(spec)).toEqual({ match: [{ path: '/code', type: 'string' }], code: '/code' });
  });
});

describe('draftFromOpenApi: the envelope', () => {
  it.each([
    [
      'a string code before an integer one',
      obj({ code: { type: 'integer' }, error: str }),
      '/error',
    ],
    ['an integer code when no string one', obj({ code: { type: 'integer' } }), '/code'],
    ['a later code name', obj({ type: str }), '/type'],
    ['code names in their order', obj({ reason: str, error_code: str }), '/error_code'],
  ])('takes %s', (_, schema, pointer) => {
    const env = envelope(doc({ '400': json(schema) })) as JsonObject;
    expect(env['code']).toBe(pointer);
  });

  it('keeps the type of an integer code in match', () => {
    expect(envelope(doc({ '400': json(obj({ code: { type: 'integer' } })) }))).toEqual({
      match: [{ path: '/code', type: 'integer' }],
      code: '/code',
    });
  });

  it('takes the most common code pointer, first seen first among equals', () => {
    const responses = {
      '400': json(obj({ code: str })),
      '401': json(obj({ error_code: str })),
      '402': json(obj({ error_code: str })),
      '403': json(obj({ errorCode: str })),
    };
    expect(envelope(doc(responses))).toMatchObject({ code: '/error_code' });
    const tie = { '400': json(obj({ code: str })), '401': json(obj({ error_code: str })) };
    expect(envelope(doc(tie))).toMatchObject({ code: '/code' });
  });

  // The last of three below is the odd one: a key that lumps all together would pick it.
  it('takes the most common message pointer', () => {
    const responses = {
      '400': json(obj({ detail: str })),
      '401': json(obj({ detail: str })),
      '402': json(obj({ message: str })),
    };
    expect(envelope(doc(responses))).toEqual({
      match: [{ path: '/detail', type: 'string' }],
      message: '/detail',
    });
  });

  it('takes a code shared by half the error schemas, not by fewer', () => {
    const half = { '400': json(obj({ code: str })), '401': json(obj({ title: str })) };
    expect(envelope(doc(half))).toMatchObject({ code: '/code' });
    const fewer = {
      '400': json(obj({ code: str })),
      '401': json(obj({ error: str })),
      '402': json(obj({ type: str })),
      '403': json(obj({ title: str })),
    };
    // Neither /code nor /title is in two of the four: the draft falls back to /message.
    expect(envelope(doc(fewer))).toEqual({ match: [{ path: '/message', type: 'string' }] });
  });

  it('adds the typical required members, less code and message, to match', () => {
    const responses = {
      '400': json(obj({ code: str, message: str, b: str }, ['code', 'message', 'b'])),
      '401': json(obj({ code: str, message: str, b: str }, ['code', 'message', 'b'])),
      '402': json(obj({ code: str, message: str, a: str }, ['code', 'message', 'a'])),
    };
    expect(envelope(doc(responses))).toEqual({
      match: [
        { path: '/code', type: 'string' },
        { path: '/message', type: 'string' },
        { path: '/b', exists: true },
      ],
      code: '/code',
      message: '/message',
    });
  });

  it('adds no required members when no set of them is shared by half the schemas', () => {
    const base = { code: str, message: str, a: str, b: str, c: str };
    const responses = {
      '400': json(obj(base)),
      '401': json(obj(base, ['a'])),
      '402': json(obj(base, ['b'])),
      '403': json(obj(base, ['c'])),
    };
    expect(envelope(doc(responses))).toEqual({
      match: [
        { path: '/code', type: 'string' },
        { path: '/message', type: 'string' },
      ],
      code: '/code',
      message: '/message',
    });
  });

  it('takes only top-level required members, even without a code or a message', () => {
    const nested = obj({ error: obj({ code: str, message: str, id: str }, ['id']), status: str }, [
      'error',
      'status',
    ]);
    // The nested code and message are found; only /error and /status are required at the top.
    expect(envelope(doc({ '400': json(nested) }))).toEqual({
      match: [
        { path: '/error/code', type: 'string' },
        { path: '/error/message', type: 'string' },
        { path: '/error', exists: true },
        { path: '/status', exists: true },
      ],
      code: '/error/code',
      message: '/error/message',
    });
    const bare = obj({ id: { type: 'integer' } }, ['id']);
    expect(envelope(doc({ '400': json(bare) }))).toEqual({
      match: [{ path: '/id', exists: true }],
    });
    const codeOnly = obj({ code: str, id: str }, ['code', 'id']);
    expect(envelope(doc({ '400': json(codeOnly) }))).toEqual({
      match: [
        { path: '/code', type: 'string' },
        { path: '/id', exists: true },
      ],
      code: '/code',
    });
    const messageOnly = obj({ message: str, id: str }, ['message', 'id']);
    expect(envelope(doc({ '400': json(messageOnly) }))).toEqual({
      match: [
        { path: '/message', type: 'string' },
        { path: '/id', exists: true },
      ],
      message: '/message',
    });
  });

  it('falls back to /message when no schema gives a member', () => {
    const draft = draftFromOpenApi(doc({ '400': { description: 'Bad' } }));
    expect(draft.pack['envelope']).toEqual({ match: [{ path: '/message', type: 'string' }] });
    expect(draft.notes).toEqual([NO_MATCH, NO_CODE, DEFAULTS]);
  });
});

describe('draftFromOpenApi: field errors', () => {
  const item = obj({ field: str, message: str });

  it('takes the first array whose items name a field and a message', () => {
    const schema = obj({
      tags: { type: 'array', items: str },
      odd: { type: 'object', items: item },
      errors: { type: 'array', items: item },
      violations: { type: 'array', items: obj({ param: str, detail: str }) },
    });
    expect(envelope(doc({ '400': json(schema) }))).toMatchObject({
      fieldErrors: { path: '/errors', shape: 'list', field: '/field', message: '/message' },
    });
  });

  it('wants the field name at the top of an item', () => {
    const deep = obj({
      errors: { type: 'array', items: obj({ at: obj({ field: str }), msg: str }) },
    });
    expect(envelope(doc({ '400': json(deep) }))).not.toHaveProperty('fieldErrors');
  });

  it('takes the most common field error path', () => {
    const responses = {
      '400': json(obj({ b: { type: 'array', items: item } })),
      '401': json(obj({ b: { type: 'array', items: item } })),
      '402': json(obj({ a: { type: 'array', items: item } })),
    };
    expect(envelope(doc(responses))).toMatchObject({ fieldErrors: { path: '/b' } });
  });
});

describe('draftFromOpenApi: the code catalog', () => {
  const codesOf = (code: JsonObject, other: JsonObject = obj({ message: str })) => {
    const draft = draftFromOpenApi(
      doc({ '400': json(obj({ code })), '401': json(obj({ code: str })), '402': json(other) }),
    );
    return { codes: draft.pack['codes'] as Record<string, unknown>, notes: draft.notes };
  };

  it('gathers string enum values, the example and the examples, once each', () => {
    const { codes, notes } = codesOf({
      type: 'string',
      enum: ['A', '', 7, null, 'B'],
      example: 'C',
      examples: ['D', 'A', 3],
    });
    expect(Object.keys(codes)).toEqual(['A', 'B', 'C', 'D']);
    expect(codes['A']).toEqual({
      title: 'A',
      meaning: "The API's error code A.",
      action: 'See the API documentation.',
      retry: { advice: 'no', documented: false },
    });
    expect(notes).toEqual([DEFAULTS]);
  });

  it.each([
    [{ type: 'string', example: 'E' }, ['E']],
    [{ type: 'string', examples: ['F'] }, ['F']],
    [{ type: 'string', example: '' }, []],
  ])('takes %j', (code, expected) => {
    expect(Object.keys(codesOf(code).codes)).toEqual(expected);
  });

  it('says when the code has no enum or examples', () => {
    expect(codesOf(str).notes).toEqual([
      '/code has no enum or examples: add the codes the API documents',
      DEFAULTS,
    ]);
  });

  it('stops at 10,000 codes', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => `C${i}`);
    const { codes } = codesOf({ type: 'string', enum: many });
    expect(Object.keys(codes)).toHaveLength(10_000);
    expect(codes).not.toHaveProperty('C10000');
  });
});

describe('draftFromOpenApi: statuses', () => {
  it.each([
    ['400', 'no'],
    ['401', 'after-auth'],
    ['403', 'no'],
    ['429', 'wait'],
    ['4XX', 'no'],
    ['500', 'backoff'],
    ['502', 'backoff'],
    ['503', 'wait'],
    ['5XX', 'backoff'],
  ])('%s: retry %s', (key, advice) => {
    const entry = statuses(doc({ [key]: { description: 'Text' } }))[key.replace('XX', 'xx')];
    expect(entry?.['retry']).toEqual({ advice, documented: false });
  });

  it('gives the HTTP defaults of the exact status to a response without description', () => {
    const generic = httpStatusEntry(404);
    expect(generic.title.en).not.toBe(httpStatusEntry(400).title.en);
    expect(statuses(doc({ '404': {} }))).toEqual({
      '404': {
        title: generic.title.en,
        meaning: generic.meaning.en,
        action: generic.action.en,
        retry: { advice: 'no', documented: false },
      },
    });
    const fiveXX = httpStatusEntry(500);
    expect(statuses(doc({ '5XX': { description: 42 } }))['5xx']).toMatchObject({
      title: fiveXX.title.en,
      meaning: fiveXX.meaning.en,
    });
  });

  it('titles by the first line up to 200 characters, and means by 4000', () => {
    const long = `${'t'.repeat(250)}\n${'m'.repeat(4000)}`;
    const entry = statuses(doc({ '400': { description: long } }))['400'];
    expect(entry?.['title']).toBe('t'.repeat(200));
    expect(entry?.['meaning']).toBe(long.slice(0, 4000));
  });

  it('keeps the first description of a status, sorts the keys and leaves out default', () => {
    const spec = doc(
      {},
      {
        paths: {
          '/a': { get: { responses: { '5XX': { description: 'first 5xx' }, default: {} } } },
          '/b': {
            get: { responses: { '4XX': { description: 'a 4xx' } } },
            post: { responses: { '5XX': { description: 'second 5xx' } } },
          },
        },
      },
    );
    const got = statuses(spec);
    expect(Object.keys(got)).toEqual(['4xx', '5xx']);
    expect(got['5xx']?.['title']).toBe('first 5xx');
  });
});

describe('draftFromOpenApi: identity, hosts and notes', () => {
  it('drafts the identity from info', () => {
    const draft = draftFromOpenApi(doc({}, { info: { title: 'Shop API', version: '2.1' } }));
    expect(draft.pack).toEqual({
      $schema:
        'https://github.com/api-error-decoder/api-error-decoder/schema/error-pack.schema.json',
      id: 'shop-api',
      name: 'Shop API',
      version: '2.1',
      source: 'OpenAPI: Shop API',
      hosts: ['api.t.example'],
      errorOn2xx: false,
      envelope: { match: [{ path: '/message', type: 'string' }] },
      codes: {},
      statuses: {},
    });
    expect(draft.notes).toEqual([NO_MATCH, NO_CODE, DEFAULTS]);
  });

  it.each([
    ['Shop -- Orders API!', 'shop-orders-api'],
    ['!API!', 'api'],
    ['!!!', 'api'],
    [`${'a'.repeat(63)} b`, 'a'.repeat(63)],
    ['x'.repeat(70), 'x'.repeat(64)],
  ])('slugs %j as %j', (title, id) => {
    expect(draftFromOpenApi(doc({}, { info: { title } })).pack['id']).toBe(id);
  });

  it('cuts long names, versions and sources, and defaults the version', () => {
    const title = 'n'.repeat(4100);
    const pack = draftFromOpenApi(doc({}, { info: { title, version: 'v'.repeat(70) } })).pack;
    expect(pack['name']).toBe('n'.repeat(4000));
    expect(pack['version']).toBe('v'.repeat(64));
    expect(pack['source']).toBe(`OpenAPI: ${'n'.repeat(1991)}`);
    for (const info of [{ title: 'T', version: '' }, { title: 'T', version: 2 }, {}]) {
      expect(draftFromOpenApi(doc({}, { info })).pack['version']).toBe('0.0.0');
    }
  });

  it('takes --id and --host, and the servers when --host is empty', () => {
    const pack = draftFromOpenApi(doc({}), { id: 'mine', hosts: ['h.example'] }).pack;
    expect(pack).toMatchObject({ id: 'mine', hosts: ['h.example'] });
    expect(draftFromOpenApi(doc({}), { hosts: [] }).pack['hosts']).toEqual(['api.t.example']);
  });

  it('takes hosts only from server objects with a URL string that names a host', () => {
    const servers = [
      { url: 'https://a.example/v1' },
      { url: 'https://a.example/v2' },
      { url: '/relative' },
      { url: 'https://{region}.t.example' },
      { url: 'file:///x' },
      { url: ['https://array.example'] },
      'https://string.example',
      { url: 'https://b.example' },
    ];
    const draft = draftFromOpenApi(doc({}, { servers }));
    expect(draft.pack['hosts']).toEqual(['a.example', 'b.example']);
    expect(draft.notes).not.toContain(NO_HOST);
  });

  it('says when no host is known', () => {
    for (const servers of [undefined, [], [{ url: '/v1' }], 'https://x.example']) {
      const draft = draftFromOpenApi(doc({}, { servers }));
      expect(draft.pack['hosts']).toEqual([]);
      expect(draft.notes).toEqual([NO_MATCH, NO_CODE, DEFAULTS, NO_HOST]);
    }
  });

  it.each([
    ['3.0.3', false],
    ['3.1.0', false],
    ['2.0', true],
    ['2.3.0', true],
    [3.1, true],
    [undefined, true],
  ])('openapi %j: not-3.x note %s', (openapi, noted) => {
    const draft = draftFromOpenApi(doc({}, { openapi }));
    expect(draft.notes).toEqual(
      noted ? [NOT_3X, NO_MATCH, NO_CODE, DEFAULTS] : [NO_MATCH, NO_CODE, DEFAULTS],
    );
  });
});
