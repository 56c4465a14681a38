import { describe, expect, it } from 'vitest';
import type { PackProblem } from './problems';
import { schemaProblems } from './schemaProblems';
import { validEntry, validPack } from '../../../test/helpers/validPack';

const entry = validEntry;
const pack = validPack;

/** A valid pack without one of its members. */
function without(member: string): Record<string, unknown> {
  const { [member]: _gone, ...rest } = pack();
  return rest;
}

const envelope = (extra: Record<string, unknown>) =>
  pack({ envelope: { match: [{ httpStatus: [400] }], ...extra } });

const POINTER = 'must be a JSON Pointer such as /error/code ("" is the whole body)';
const one = (pointer: string, message: string): PackProblem[] => [{ pointer, message }];

describe('schemaProblems', () => {
  it('finds nothing wrong with a valid pack', () => {
    expect(schemaProblems(pack())).toEqual([]);
  });

  it.each<[string, unknown, PackProblem[]]>([
    ['a wrong type', pack({ errorOn2xx: 'x' }), one('/errorOn2xx', 'must be true or false')],
    [
      'a fraction for an integer',
      pack({ specificity: 2.5 }),
      one('/specificity', 'must be an integer'),
    ],
    ['a wrong type of array item', pack({ hosts: [1] }), one('/hosts/0', 'must be a string')],
    ['a non-object pack', [1], one('', 'must be an object')],
    ['a null pack', null, one('', 'must be an object')],
    [
      'a value not in the enum',
      pack({ bodyReader: 'csv' }),
      one('/bodyReader', 'must be one of grpc-web, xml'),
    ],
    ['a missing member', without('version'), one('', 'must have "version"')],
    [
      'an unknown member',
      pack({ extra: 1 }),
      one('/extra', 'is not a member the pack format knows'),
    ],
    [
      'a bad id',
      pack({ id: 'Bad' }),
      one('/id', 'must be lowercase letters, digits and "-", not starting with "-"'),
    ],
    ['a bad pointer', envelope({ code: 'x/y' }), one('/envelope/code', POINTER)],
    [
      'a bad status key',
      pack({ statuses: { '600': entry() } }),
      one('/statuses/600', 'must be an HTTP status such as "404" or a class such as "5xx"'),
    ],
    [
      'a bad host',
      pack({ hosts: ['a b'] }),
      one('/hosts/0', 'must be a host pattern such as api.example.com or *.example.com'),
    ],
    [
      'a bad API host',
      pack({ apiHosts: ['api.example.com/v1'] }),
      one('/apiHosts/0', 'must be a host pattern such as api.example.com or *.example.com'),
    ],
    [
      'a bad method',
      pack({ checkFirst: { methods: ['P1'], warning: 'w' } }),
      one('/checkFirst/methods/0', 'must be an HTTP method such as POST'),
    ],
    [
      'a pattern with no words for it',
      pack({ envelope: { match: [{ header: 'a b', exists: true }] } }),
      one('/envelope/match/0/header', "must match ^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"),
    ],
    ['an empty string', pack({ version: '' }), one('/version', 'must not be empty')],
    ['a long string', pack({ id: 'a'.repeat(65) }), one('/id', 'must be at most 64 characters')],
    [
      'too few items',
      pack({ envelope: { match: [] } }),
      one('/envelope/match', 'must have at least 1 item(s)'),
    ],
    [
      'too many items',
      pack({ checkFirst: { methods: new Array<string>(17).fill('GET'), warning: 'w' } }),
      one('/checkFirst/methods', 'must have at most 16 items'),
    ],
    [
      'an empty object',
      pack({ envelope: { match: [{}] } }),
      one('/envelope/match/0', 'must not be empty'),
    ],
    [
      'too many members',
      envelope({
        details: {
          fields: Object.fromEntries(
            Array.from({ length: 51 }, (_, i) => [`f${i}`, { path: '/a' }]),
          ),
        },
      }),
      one('/envelope/details/fields', 'must have at most 50 members'),
    ],
    [
      'a number too small',
      pack({ specificity: -1001 }),
      one('/specificity', 'must be at least -1000'),
    ],
    [
      'a number too large',
      pack({ specificity: 1001 }),
      one('/specificity', 'must be at most 1000'),
    ],
    [
      'a number not above its bound',
      pack({
        codes: {
          A: entry({ retry: { advice: 'backoff', schedule: { kind: 'exponential', base: 1 } } }),
        },
      }),
      one('/codes/A/retry/schedule/base', 'must be more than 1'),
    ],
    [
      'a repeated item',
      pack({ behaviours: ['problem-details', 'problem-details'] }),
      one('/behaviours', 'must not list an item twice'),
    ],
    [
      'a member without the one it needs',
      pack({ envelope: { match: [{ atLeast: 1 }] } }),
      one('/envelope/match/0', '"atLeast" needs "of"'),
    ],
  ])('words %s', (_name, input, expected) => {
    expect(schemaProblems(input)).toEqual(expected);
  });

  it.each<[string, unknown, PackProblem[]]>([
    ['a text of neither type', pack({ name: 5 }), one('/name', 'must be a string or an object')],
    ['a null text', pack({ name: null }), one('/name', 'must be a string or an object')],
    ['an empty text', pack({ name: '' }), one('/name', 'must not be empty')],
    ['an empty text object', pack({ name: {} }), one('/name', 'must not be empty')],
    [
      'sources of no type',
      envelope({ code: 5 }),
      one('/envelope/code', 'must be a string or an array or an object'),
    ],
    [
      'errors of no type',
      envelope({ errors: 5 }),
      one('/envelope/errors', 'must be a string or an object'),
    ],
    ['a bad source', envelope({ message: 'x' }), one('/envelope/message', POINTER)],
    [
      'a bad source in a list',
      envelope({ message: ['/a', 'x'] }),
      one('/envelope/message/1', POINTER),
    ],
    [
      'a bad member of a code spec',
      envelope({ code: { from: '/a', as: 'q' } }),
      one('/envelope/code/as', 'must be one of any, string, numeric'),
    ],
    [
      'a cut of no type',
      envelope({ code: { from: '/a', cut: [5] } }),
      one('/envelope/code/cut/0', 'must be an object'),
    ],
    [
      'a bad pointer deep in nested conditions',
      pack({ envelope: { match: [{ anyOf: [{ not: { path: 'x', exists: true } }] }] } }),
      one('/envelope/match/0/anyOf/0/not/path', POINTER),
    ],
  ])('lets the closest branch of an anyOf speak for %s', (_name, input, expected) => {
    expect(schemaProblems(input)).toEqual(expected);
  });

  it('says what is wrong when no branch of an anyOf failed on the type', () => {
    const problems = schemaProblems(
      envelope({ code: { from: '/a', cut: [{ before: 'x', after: 'y' }] } }),
    );
    expect(problems).toContainEqual({
      pointer: '/envelope/code/cut/0',
      message: 'matches none of the forms the pack format allows',
    });
    for (const { message } of problems) expect(message).not.toMatch(/must be $/);
  });

  it('checks each item of a tuple', () => {
    expect(
      schemaProblems(pack({ envelope: { match: [{ path: '/a', between: ['a', 2] }] } })),
    ).toEqual(one('/envelope/match/0/between/0', 'must be a number'));
  });

  it('reports every problem once, in pack order', () => {
    expect(schemaProblems(pack({ id: 'Bad', version: '', specificity: 2.5 }))).toEqual([
      {
        pointer: '/id',
        message: 'must be lowercase letters, digits and "-", not starting with "-"',
      },
      { pointer: '/version', message: 'must not be empty' },
      { pointer: '/specificity', message: 'must be an integer' },
    ]);
  });

  it('reports the same problem at two places at both', () => {
    expect(schemaProblems(pack({ hosts: ['a b', 'c d'] }))).toEqual([
      {
        pointer: '/hosts/0',
        message: 'must be a host pattern such as api.example.com or *.example.com',
      },
      {
        pointer: '/hosts/1',
        message: 'must be a host pattern such as api.example.com or *.example.com',
      },
    ]);
  });

  it('names members with any characters by their decoded pointer', () => {
    expect(schemaProblems(pack({ codes: { 'К#% x': entry({ status: 99 }) } }))).toEqual(
      one('/codes/К#% x/status', 'must be at least 100'),
    );
    expect(schemaProblems(pack({ codes: { '': entry() } }))).toEqual(
      one('/codes/', 'must not be empty'),
    );
  });
});
