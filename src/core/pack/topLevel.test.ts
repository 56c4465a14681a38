import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../formats/index';
import type { Header } from '../types';
import { compileTopLevel, mayHold, readTopLevel, type TopLevelTest } from './topLevel';
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
      const batch = pack?.behaviours?.some((name) => BEHAVIOURS.get(name)?.readBody);
      if (pack === undefined || batch || format.bodyReader !== undefined) return [];
      const topLevel = compileTopLevel(pack.envelope.match, pack.envelope.success);
      return topLevel === undefined ? [] : [{ ...format, topLevel }];
    });
    expect(tested.length).toBeGreaterThanOrEqual(10);
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
