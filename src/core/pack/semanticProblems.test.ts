import { describe, expect, it } from 'vitest';
import type { PackProblem } from './problems';
import { MAX_CONDITIONS } from './semanticProblems';
import { validatePack } from './validate';
import { validPack } from '../../../test/helpers/validPack';

const pack = validPack;

const withMatch = (...match: unknown[]) => pack({ envelope: { match, code: '/fault/reason' } });

function problems(input: unknown): readonly PackProblem[] {
  const checked = validatePack(input);
  return checked.ok ? [] : checked.problems;
}

const ONE_TEST =
  'must make exactly one test: path or header with one of exists, equals, type, oneOf, ' +
  'between, keysIn, contains; or mediaType; or httpStatus; or one of anyOf, allOf, not, ' +
  'atLeast+of';

describe('semantic checks of conditions', () => {
  it.each<[string, unknown]>([
    ['a path test', { path: '/a', exists: true }],
    ['a header test', { header: 'x-a', contains: 'v' }],
    ['a header oneOf', { header: 'x-a', oneOf: ['v'] }],
    ['a header equals', { header: 'x-a', equals: 'v' }],
    ['a header exists', { header: 'x-a', exists: true }],
    ['a media type', { mediaType: 'application/json' }],
    ['an HTTP status', { httpStatus: [400] }],
    ['a between in order', { path: '/a', between: [1, 2] }],
    ['a between of one number', { path: '/a', between: [2, 2] }],
    [
      'atLeast equal to of',
      { atLeast: 2, of: [{ path: '/a', exists: true }, { httpStatus: [400] }] },
    ],
    ['a not', { not: { path: '/a', exists: true } }],
    ['an anyOf', { anyOf: [{ path: '/a', exists: true }] }],
    ['an allOf', { allOf: [{ path: '/a', exists: true }] }],
  ])('accepts %s', (_name, condition) => {
    expect(validatePack(withMatch(condition)).ok).toBe(true);
  });

  it.each<[string, unknown, PackProblem[]]>([
    [
      'two tests',
      { path: '/a', exists: true, equals: 1 },
      [{ pointer: '/envelope/match/0', message: ONE_TEST }],
    ],
    ['no test', { path: '/a' }, [{ pointer: '/envelope/match/0', message: ONE_TEST }]],
    [
      'two targets',
      { path: '/a', header: 'x-a', exists: true },
      [{ pointer: '/envelope/match/0', message: ONE_TEST }],
    ],
    [
      'a status with a path',
      { path: '/a', httpStatus: [400] },
      [{ pointer: '/envelope/match/0', message: ONE_TEST }],
    ],
    [
      'a status with a header',
      { header: 'x-a', httpStatus: [400] },
      [{ pointer: '/envelope/match/0', message: ONE_TEST }],
    ],
    [
      'a media type with a test',
      { mediaType: 'a/b', exists: true },
      [{ pointer: '/envelope/match/0', message: ONE_TEST }],
    ],
    [
      'a combinator with a path',
      { path: '/a', not: { httpStatus: [400] } },
      [{ pointer: '/envelope/match/0', message: ONE_TEST }],
    ],
    [
      'a combinator with a header',
      { header: 'x-a', anyOf: [{ httpStatus: [400] }] },
      [{ pointer: '/envelope/match/0', message: ONE_TEST }],
    ],
    [
      'a test with no target',
      { exists: true },
      [{ pointer: '/envelope/match/0', message: '"exists" needs a "path" or a "header"' }],
    ],
    [
      'a header with a type test',
      { header: 'x-a', type: 'string' },
      [
        {
          pointer: '/envelope/match/0',
          message: 'a header takes exists, equals, oneOf or contains, not "type"',
        },
      ],
    ],
    [
      'a header with between',
      { header: 'x-a', between: [1, 2] },
      [
        {
          pointer: '/envelope/match/0',
          message: 'a header takes exists, equals, oneOf or contains, not "between"',
        },
      ],
    ],
    [
      'a between out of order',
      { path: '/a', between: [3, 2] },
      [
        {
          pointer: '/envelope/match/0/between',
          message: 'must run from the smaller number to the larger',
        },
      ],
    ],
    [
      'atLeast above of',
      { atLeast: 3, of: [{ path: '/a', exists: true }, { httpStatus: [400] }] },
      [{ pointer: '/envelope/match/0/atLeast', message: 'cannot exceed the 2 conditions of "of"' }],
    ],
    [
      'a bad condition in anyOf, allOf, of and not',
      {
        allOf: [{ path: '/a', exists: true }, { exists: true }],
      },
      [{ pointer: '/envelope/match/0/allOf/1', message: '"exists" needs a "path" or a "header"' }],
    ],
    [
      'a bad condition in anyOf',
      { anyOf: [{ exists: true }] },
      [{ pointer: '/envelope/match/0/anyOf/0', message: '"exists" needs a "path" or a "header"' }],
    ],
    [
      'a bad condition in of',
      { atLeast: 1, of: [{ exists: true }] },
      [{ pointer: '/envelope/match/0/of/0', message: '"exists" needs a "path" or a "header"' }],
    ],
    [
      'a bad condition in not',
      { not: { not: { exists: true } } },
      [{ pointer: '/envelope/match/0/not/not', message: '"exists" needs a "path" or a "header"' }],
    ],
  ])('refuses %s', (_name, condition, expected) => {
    expect(problems(withMatch({ httpStatus: [400] }, condition))).toEqual(
      expected.map((p) => ({ ...p, pointer: p.pointer.replace('/match/0', '/match/1') })),
    );
  });

  const bad = { exists: true };
  const needs = '"exists" needs a "path" or a "header"';

  it('checks conditions wherever a pack holds them', () => {
    const input = pack({
      envelope: {
        match: [bad],
        success: [{ httpStatus: [200] }, bad],
        errors: { path: '/errors', each: [bad] },
        code: { from: '/c', cases: [{ when: [{ httpStatus: [400] }, bad], code: 'X' }] },
      },
      retryOverrides: [{ when: [bad], retry: { advice: 'no' } }],
    });
    expect(problems(input)).toEqual([
      { pointer: '/envelope/match/0', message: needs },
      { pointer: '/envelope/success/1', message: needs },
      { pointer: '/envelope/errors/each/0', message: needs },
      { pointer: '/envelope/code/cases/0/when/1', message: needs },
      { pointer: '/retryOverrides/0/when/0', message: needs },
    ]);
  });
});

describe('semantic checks of retry schedules and ranges', () => {
  const entry = (retry: unknown) => ({ title: 't', meaning: 'm', action: 'a', retry });
  const withRetry = (retry: unknown) => pack({ codes: { 'A/B': entry(retry) } });

  it.each<[string, unknown, PackProblem[]]>([
    ['a range', { kind: 'range', minSeconds: 1, maxSeconds: 2 }, []],
    ['a range of one value', { kind: 'range', minSeconds: 2, maxSeconds: 2 }, []],
    ['an exponential', { kind: 'exponential', base: 2 }, []],
    ['a bare exponential', { kind: 'exponential' }, []],
    [
      'a range without max',
      { kind: 'range', minSeconds: 1 },
      [
        {
          pointer: '/codes/A~1B/retry/schedule',
          message: 'a range needs "minSeconds" and "maxSeconds"',
        },
      ],
    ],
    [
      'a range without min',
      { kind: 'range', maxSeconds: 1 },
      [
        {
          pointer: '/codes/A~1B/retry/schedule',
          message: 'a range needs "minSeconds" and "maxSeconds"',
        },
      ],
    ],
    [
      'a range out of order',
      { kind: 'range', minSeconds: 3, maxSeconds: 2 },
      [
        {
          pointer: '/codes/A~1B/retry/schedule',
          message: '"minSeconds" must not exceed "maxSeconds"',
        },
      ],
    ],
    [
      'a range with a base',
      { kind: 'range', minSeconds: 1, maxSeconds: 2, base: 2 },
      [
        {
          pointer: '/codes/A~1B/retry/schedule/base',
          message: 'belongs to an exponential schedule',
        },
      ],
    ],
    [
      'an exponential with min',
      { kind: 'exponential', minSeconds: 1 },
      [
        {
          pointer: '/codes/A~1B/retry/schedule',
          message: 'an exponential schedule takes only "base"',
        },
      ],
    ],
    [
      'an exponential with max',
      { kind: 'exponential', maxSeconds: 1 },
      [
        {
          pointer: '/codes/A~1B/retry/schedule',
          message: 'an exponential schedule takes only "base"',
        },
      ],
    ],
  ])('%s', (_name, schedule, expected) => {
    expect(problems(withRetry({ advice: 'backoff', schedule }))).toEqual(expected);
  });

  it('checks the schedule of every entry and override, and every range', () => {
    const badSchedule = { advice: 'backoff', schedule: { kind: 'range', minSeconds: 1 } };
    const message = 'a range needs "minSeconds" and "maxSeconds"';
    const input = pack({
      codes: { A: entry({ advice: 'no' }), B: entry(badSchedule) },
      statuses: { '4xx': entry(badSchedule) },
      ranges: [
        { min: 1, max: 2, entry: entry({ advice: 'no' }) },
        { min: 5, max: 4, entry: entry(badSchedule) },
        { min: 3, max: 3, entry: entry({ advice: 'no' }) },
      ],
      undocumentedCode: entry(badSchedule),
      retryOverrides: [{ when: [{ httpStatus: [429] }], retry: badSchedule }],
    });
    expect(problems(input)).toEqual([
      { pointer: '/retryOverrides/0/retry/schedule', message },
      { pointer: '/codes/B/retry/schedule', message },
      { pointer: '/statuses/4xx/retry/schedule', message },
      { pointer: '/ranges/1/entry/retry/schedule', message },
      { pointer: '/undocumentedCode/retry/schedule', message },
      { pointer: '/ranges/1', message: '"min" must not exceed "max"' },
    ]);
  });
});

describe('the number of conditions', () => {
  // An anyOf of `k` anyOfs of `m` leaves each (the schema allows 50 items a list): 1 + k + k·m.
  const tree = (k: number, m: number) => ({
    anyOf: Array.from({ length: k }, (_, i) => ({
      anyOf: Array.from({ length: m }, (_, j) => ({ path: `/a${i}_${j}`, exists: true })),
    })),
  });

  it(`accepts ${MAX_CONDITIONS} conditions, nested ones counted, and refuses one more`, () => {
    expect(validatePack(withMatch(tree(27, 36))).ok).toBe(true); // 1 + 27 + 972
    expect(problems(withMatch(tree(25, 39)))).toEqual([
      { pointer: '', message: `has ${MAX_CONDITIONS + 1} conditions, more than ${MAX_CONDITIONS}` },
    ]);
  });

  it('counts the conditions of errors.each and of code cases too', () => {
    const spread = pack({
      envelope: {
        match: [{ path: '/e', type: 'array' }],
        errors: { path: '/e', each: [{ not: tree(20, 24) }] }, // 2 + 20 + 480
        code: { from: '/c', cases: [{ when: [tree(20, 24)], code: 'X' }] }, // 501
      },
    });
    expect(problems(spread)[0]?.message).toBe('has 1004 conditions, more than 1000');
  });
});
