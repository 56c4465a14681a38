import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../json/guards';
import { deref, walkProperties } from './schemaWalk';

/** A spec whose components.schemas hold a chain of `length` refs ending at { type: 'string' }. */
function refChain(length: number): JsonObject {
  const schemas: Record<string, JsonObject> = { end: { type: 'string' } };
  for (let i = 0; i < length - 1; i++) {
    schemas[`r${i}`] = { $ref: `#/components/schemas/r${i + 1}` };
  }
  schemas[`r${length - 1}`] = { $ref: '#/components/schemas/end' };
  return { components: { schemas } };
}

const pointers = (spec: JsonObject, schema: JsonObject) =>
  walkProperties(spec, schema).map((p) => [p.pointer, p.required]);

describe('deref', () => {
  const spec: JsonObject = {
    components: {
      schemas: { Err: { type: 'object' }, 'a/b': { title: 'slash' }, 'c~d': { title: 'tilde' } },
    },
    cycle: { a: { $ref: '#/cycle/b' }, b: { $ref: '#/cycle/a' } },
    '~1': { title: 'literal ~1' },
  };

  it.each([
    ['a plain object', { type: 'string' }, { type: 'string' }],
    ['a local ref', { $ref: '#/components/schemas/Err' }, { type: 'object' }],
    ['an escaped slash', { $ref: '#/components/schemas/a~1b' }, { title: 'slash' }],
    ['an escaped tilde', { $ref: '#/components/schemas/c~0d' }, { title: 'tilde' }],
    ['~01, a tilde then 1, not a slash', { $ref: '#/~01' }, { title: 'literal ~1' }],
    ['a remote ref', { $ref: 'other.yaml#/Err' }, null],
    ['a missing target', { $ref: '#/components/schemas/Nope' }, null],
    ['a cycle', { $ref: '#/cycle/a' }, null],
    ['a string', 'text', null],
    ['null', null, null],
    ['an array', [{ type: 'string' }], null],
  ])('on %s', (_, value, expected) => {
    expect(deref(spec, value)).toEqual(expected);
  });

  it('follows a chain of 20 refs but not 21', () => {
    // From r1: the value's ref and 19 more; from r0: 21 refs.
    expect(deref(refChain(20), { $ref: '#/components/schemas/r1' })).toEqual({ type: 'string' });
    expect(deref(refChain(20), { $ref: '#/components/schemas/r0' })).toBeNull();
  });
});

describe('walkProperties', () => {
  it('lists properties breadth first, escaping names, with required along the path', () => {
    const spec: JsonObject = {
      components: {
        schemas: {
          Inner: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
        },
      },
    };
    const schema: JsonObject = {
      type: 'object',
      required: ['error', 'a/b'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'Stryker was here'],
          properties: { code: { type: 'string' }, message: { type: 'string' } },
        },
        'a/b': { type: 'string' },
        '~x': { type: 'string' },
        inner: { $ref: '#/components/schemas/Inner' },
        missing: { $ref: '#/components/schemas/Missing' },
      },
    };
    expect(pointers(spec, schema)).toEqual([
      ['/error', true],
      ['/a~1b', true],
      ['/~0x', false],
      ['/inner', false],
      ['/error/code', true],
      ['/error/message', false],
      ['/inner/code', false],
    ]);
    expect(walkProperties(spec, schema)[1]).toEqual({
      pointer: '/a~1b',
      name: 'a/b',
      schema: { type: 'string' },
      required: true,
    });
  });

  it('merges allOf parts, through refs, and skips parts that do not resolve', () => {
    const spec: JsonObject = {
      components: {
        schemas: { Base: { required: ['code'], properties: { code: { type: 'string' } } } },
      },
    };
    const schema: JsonObject = {
      allOf: [
        { $ref: '#/components/schemas/Base' },
        { $ref: '#/components/schemas/Missing' },
        { required: ['message'] },
        { properties: { message: { type: 'string' } } },
      ],
    };
    expect(pointers(spec, schema)).toEqual([
      ['/code', true],
      ['/message', false],
    ]);
  });

  it('descends into objects by type or by properties, not into other schemas', () => {
    const schema: JsonObject = {
      properties: {
        typed: { type: 'object', allOf: [{ properties: { a: { type: 'string' } } }] },
        untyped: { properties: { b: { type: 'string' } } },
        text: { type: 'string', allOf: [{ properties: { c: { type: 'string' } } }] },
      },
    };
    expect(pointers({}, schema).map(([p]) => p)).toEqual([
      '/typed',
      '/untyped',
      '/text',
      '/typed/a',
      '/untyped/b',
    ]);
  });

  it('stops four levels down', () => {
    const leaf = (name: string, inner: JsonObject): JsonObject => ({
      type: 'object',
      required: [name],
      properties: { [name]: inner },
    });
    const schema = leaf('a', leaf('b', leaf('c', leaf('d', leaf('e', { type: 'string' })))));
    expect(pointers({}, schema)).toEqual([
      ['/a', true],
      ['/a/b', true],
      ['/a/b/c', true],
      ['/a/b/c/d', true],
    ]);
  });

  it('finds nothing in a schema without properties', () => {
    expect(walkProperties({}, { type: 'string' })).toEqual([]);
  });
});
