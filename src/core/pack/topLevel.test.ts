import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../formats/index';
import type { Header } from '../types';
import {
  compileTopLevel,
  mayHold,
  namesMask,
  presentNames,
  readTopLevel,
  type TopLevelTest,
} from './topLevel';
import { BUILTIN_PACKS } from '../packs/index';
import { BEHAVIOURS } from './behaviours/index';
import type { Condition, ErrorPack } from './packTypes';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

function compiled(match: Condition[], success?: Condition[]): TopLevelTest {
  const test = compileTopLevel(match, success);
  if (test === undefined) throw new Error('no top-level test');
  return test;
}

// Member names and values the built-in packs test, so that generated bodies come close to each
// envelope (and often meet one), plus names no pack knows.
const NAMES = [
  ...['ok', 'error', 'jsonrpc', 'success', 'state', 'meta', 'result', 'message', 'errors', 'id'],
  ...['code', 'status', 'type', 'title', 'detail', 'instance', '__type', 'documentation_url'],
  ...['details', 'data', 'resource', 'field', 'reason', '@type', 'innerError', 'target', '0'],
  ...['decline_code', 'param', 'response_metadata', 'Message', 'errorMessage', '__proto__'],
];
const STRINGS = ['2.0', 'RESOURCE_EXHAUSTED', 'invalid_argument', 'card_error', 'x', ''];

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...STRINGS),
    fc.string(),
    fc.constantFrom(0, 1, 400, 429, 503, -32600, 1.5, 1e300),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    tie('object'),
  ),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string()), tie('value')), {
      maxLength: 6,
    })
    // defineProperty: a generated "__proto__" member is own data, as JSON.parse makes it.
    .map((pairs) => {
      const out: Record<string, unknown> = {};
      for (const [name, value] of pairs) {
        Object.defineProperty(out, name, { value, enumerable: true, configurable: true });
      }
      return out;
    }),
}));

const HEADERS: Header[][] = [
  [],
  [{ name: 'X-Amzn-Errortype', value: 'ThrottlingException' }],
  [{ name: 'x-amzn-RequestId', value: 'r1' }],
  [{ name: 'Content-Type', value: 'application/problem+json' }],
];

describe('top-level needs', () => {
  it('never skip a pack that recognizes the body, or whose success settles it', () => {
    // Built-in formats skip packs by their generated claims; their packs' top-level tests are
    // what a user pack of the same conditions gets, so they are tested here, compiled anew.
    const packs = Object.values(BUILTIN_PACKS) as ErrorPack[];
    const tested = FORMATS.flatMap((format) => {
      const pack = packs.find((p) => p.id === format.id);
      const readers = (pack?.behaviours ?? []).flatMap((name) => BEHAVIOURS.get(name) ?? []);
      const batch = readers.some((b) => b.readBody);
      if (readers.some((b) => b.readBody && !b.partsOnlyInArrays)) return [];
      if (pack === undefined || format.bodyReader !== undefined) return [];
      // As compilePack: a batch's test lets arrays through.
      const topLevel = compileTopLevel(pack.envelope.match, pack.envelope.success, batch);
      return topLevel === undefined ? [] : [{ ...format, topLevel }];
    });
    expect(tested.length).toBeGreaterThanOrEqual(10);
    expect(tested.map((f) => f.id)).toContain('jsonrpc');
    fc.assert(
      fc.property(
        fc.oneof(json.object, json.value),
        fc.constantFrom(200, 400, 403, 429, 503),
        fc.constantFrom(...HEADERS),
        (body, status, headers) => {
          if (!readTopLevel(body)) return;
          const mimeType = headers[0]?.value ?? 'application/json';
          for (const format of tested) {
            if (mayHold(format.topLevel)) continue;
            expect(format.recognize(body, { mimeType, headers, status }), format.id).toBeNull();
          }
        },
      ),
      { numRuns: propertyRuns(5000) },
    );
  });

  it('reads the class of each member, and an absent member fails its need', () => {
    const test = compiled([
      { path: '/ok', equals: false },
      { path: '/error/code', type: 'string' },
    ]);
    readTopLevel({ ok: false, error: { code: 'x' } });
    expect(mayHold(test)).toBe(true);
    readTopLevel({ ok: false, error: 'x' });
    expect(mayHold(test)).toBe(false);
    readTopLevel({ ok: 'false', error: {} });
    expect(mayHold(test)).toBe(false);
    readTopLevel({ error: {} });
    expect(mayHold(test)).toBe(false);
  });

  it('lets an array through only the test of a pack that reads one as a batch', () => {
    const match: Condition[] = [{ path: '/jsonrpc', equals: '2.0' }];
    const batch = compileTopLevel(match, undefined, true);
    const plain = compileTopLevel(match, undefined);
    if (batch === undefined || plain === undefined) throw new Error('no top-level test');
    readTopLevel([{ jsonrpc: '2.0', error: {} }]);
    expect([mayHold(batch), mayHold(plain)]).toEqual([true, false]);
    readTopLevel({ error: {} });
    expect([mayHold(batch), mayHold(plain)]).toEqual([false, false]);
    readTopLevel({ jsonrpc: '2.0' });
    expect([mayHold(batch), mayHold(plain)]).toEqual([true, true]);
  });

  it('holds for a success shape too, and skips nothing on a body with too many members', () => {
    const test = compiled([{ path: '/ok', equals: false }], [{ path: '/ok', equals: true }]);
    readTopLevel({ ok: true });
    expect(mayHold(test)).toBe(true);
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    expect(readTopLevel(wide)).toBe(false);
  });

  it('needs nothing from combined conditions that absence may meet', () => {
    expect(compileTopLevel([{ anyOf: [{ path: '/a', exists: true }] }], undefined)).toBeUndefined();
    expect(compileTopLevel([{ path: '/a', exists: false }], undefined)).toBeUndefined();
    expect(compileTopLevel([{ not: { path: '/a', exists: true } }], undefined)).toBeUndefined();
  });
});

describe('top-level needs, condition by condition', () => {
  // A need on member "a": the body's "a" must be of the class the test accepts.
  it.each<[Condition, unknown, boolean]>([
    [{ path: '/a', equals: 'x' }, 'y', true],
    [{ path: '/a', equals: 'x' }, 1, false],
    [{ path: '/a', equals: 1 }, 2, true],
    [{ path: '/a', equals: 1 }, true, false],
    [{ path: '/a', equals: true }, false, true],
    [{ path: '/a', equals: true }, {}, false],
    [{ path: '/a', equals: null }, null, true],
    [{ path: '/a', equals: null }, {}, false],
    [{ path: '/a', equals: {} }, [], false],
    [{ path: '/a', equals: [] }, [1], true],
    [{ path: '/a', type: 'integer' }, 3, true],
    [{ path: '/a', type: 'integer' }, '3', false],
    [{ path: '/a', oneOf: ['x', 1] }, 2, true],
    [{ path: '/a', oneOf: ['x', 1] }, 'z', true],
    [{ path: '/a', oneOf: ['x', 1] }, true, false],
    [{ path: '/a', between: [1, 5] }, 9, true],
    [{ path: '/a', between: [1, 5] }, '3', false],
    [{ path: '/a', keysIn: ['k'] }, {}, true],
    [{ path: '/a', keysIn: ['k'] }, ['k'], false],
    [{ path: '/a', contains: 'x' }, 'abc', true],
    [{ path: '/a', contains: 'x' }, ['x'], false],
    [{ path: '/a/b', exists: true }, {}, true],
    [{ path: '/a/b', exists: true }, [], false],
    [{ path: '/a/0', exists: true }, [], true],
    [{ path: '/a/0', exists: true }, 'x', false],
    [{ allOf: [{ path: '/a', type: 'string' }] }, 'x', true],
    [{ allOf: [{ path: '/a', type: 'string' }] }, 1, false],
    // A condition with no test never holds.
    [{ path: '/a' }, 'x', false],
  ])('%j on a body whose "a" is %j may hold: %s', (condition, value, may) => {
    const test = compiled([condition]);
    readTopLevel({ a: value });
    expect(mayHold(test)).toBe(may);
    readTopLevel({ b: value });
    expect(mayHold(test)).toBe(false);
  });

  // compileCondition runs a combination or a context test before a path: the path is ignored.
  it.each<Condition>([
    { anyOf: [{ path: '/b', exists: true }], path: '/a', exists: true },
    { not: { path: '/b', exists: true }, path: '/a', exists: true },
    { atLeast: 1, of: [{ path: '/b', exists: true }], path: '/a', exists: true },
    { mediaType: 'application/json', path: '/a', exists: true },
    { httpStatus: [400], path: '/a', exists: true },
    { header: 'x-a', path: '/a', exists: true },
    { path: '', exists: true },
    { path: 'a', exists: true },
  ])('needs nothing of %j', (condition) => {
    expect(compileTopLevel([condition], undefined)).toBeUndefined();
  });

  it('keeps success needs apart, and has no test when success needs nothing', () => {
    const test = compiled([{ path: '/a', equals: 'x' }], [{ path: '/s', equals: true }]);
    expect(test.success).not.toBeNull();
    readTopLevel({ s: true });
    expect(mayHold(test)).toBe(true);
    readTopLevel({ s: 'no' });
    expect(mayHold(test)).toBe(false);
    expect(compileTopLevel([{ path: '/a', equals: 'x' }], [{ httpStatus: [200] }])).toBeUndefined();
  });

  it('reads no members of a body that is not an object', () => {
    const test = compiled([{ path: '/0', exists: true }]);
    for (const body of [['x'], 'x', null, 5]) {
      expect(readTopLevel(body)).toBe(true);
      expect(mayHold(test)).toBe(false);
    }
    expect(readTopLevel({ 0: 'x' })).toBe(true);
    expect(mayHold(test)).toBe(true);
  });

  it('reads own members only, and forgets the members of the body before', () => {
    const test = compiled([{ path: '/a', type: 'string' }]);
    expect(readTopLevel(Object.create({ a: 'x' }) as object)).toBe(true);
    expect(mayHold(test)).toBe(false);
    readTopLevel({ a: 'x' });
    readTopLevel({});
    expect(mayHold(test)).toBe(false);
  });

  it('indexes a body of exactly 64 members, but not one of 65', () => {
    const body = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, i]));
    expect(readTopLevel(body(64))).toBe(true);
    expect(readTopLevel(body(65))).toBe(false);
  });
});

describe('claim keys', () => {
  const claimKeys = (id: string) => FORMATS.find((f) => f.id === id)?.claimKeys;

  it('give the built-in claims the keys their conditions need', () => {
    const error = namesMask(['error']) as number;
    expect(claimKeys('odata')).toBe(error);
    // ok-flag: `ok` for both its success and its match.
    expect(claimKeys('ok-flag')).toBe(namesMask(['ok']));
    // state-meta's success needs `"error": null`, its match an error object: `error` either way.
    expect(claimKeys('state-meta')).toBe(error);
    expect(claimKeys('github')).toBe(namesMask(['message']));
  });

  it('test against the needed names a body owns', () => {
    const error = namesMask(['error']) as number;
    const ok = namesMask(['ok']) as number;
    readTopLevel({ error: {} });
    expect(presentNames()).toBe(error);
    readTopLevel({ ok: false, error: 'x', unneeded: 1 });
    expect(presentNames() & (error | ok)).toBe(error | ok);
    readTopLevel(JSON.parse('{"__proto__": 1, "zzz": 2}') as object);
    expect(presentNames()).toBe(0);
  });

  it('give no mask once the bits run out, and none without a certain key', () => {
    expect(namesMask(undefined)).toBeUndefined();
    for (let i = 0; i < 40; i++) namesMask([`user-key-${i}`]);
    expect(namesMask(['error', 'one-too-many'])).toBeUndefined();
    expect(namesMask(['error'])).toBe(namesMask(['error']));
    expect(namesMask(['error'])).not.toBe(0);
  });
});
