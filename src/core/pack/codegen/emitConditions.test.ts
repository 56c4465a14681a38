import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as runtime from './conditionRuntime';
import { ConditionEmitter, conditionLists, packPointers } from './emitConditions';
import { conditionsKey } from './keys';
import { interpretConditions, type MatchContext, type Test } from '../conditions';
import type { Condition, ErrorPack } from '../packTypes';

/** The emitted module, transpiled and run with the real runtime: its tests, by key. */
function emitted(lists: Condition[][]): { text: string; tests: ReadonlyMap<string, Test> } {
  const emitter = new ConditionEmitter();
  for (const list of lists) emitter.add(list);
  const text = emitter.module('// test');
  const js = ts.transpileModule(text, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  // The generator's own output, run as the built module would be.
  new Function('exports', 'require', js)(exports, () => runtime);
  return { text, tests: exports['GENERATED_CONDITIONS'] as ReadonlyMap<string, Test> };
}

const CASES: [Condition[], unknown, MatchContext | undefined][] = [
  [[], {}, undefined],
  [[{ anyOf: [] }], {}, undefined],
  [[{ atLeast: 1, of: [] }], {}, undefined],
  [
    [
      {
        of: [
          { path: '/a', exists: true },
          { path: '/b', exists: true },
        ],
      },
    ],
    { b: 1 },
    undefined,
  ],
  [
    [
      {
        of: [
          { path: '/a', exists: true },
          { path: '/b', exists: true },
        ],
      },
    ],
    {},
    undefined,
  ],
  [
    [
      {
        atLeast: 2,
        of: [
          { path: '/a', exists: true },
          { path: '/b', exists: true },
        ],
      },
    ],
    { b: 1 },
    undefined,
  ],
  [
    [
      {
        atLeast: 2,
        of: [
          { path: '/a', exists: true },
          { path: '/b', exists: true },
        ],
      },
    ],
    { a: 1, b: 1 },
    undefined,
  ],
  [[{ path: '/v', oneOf: [{ a: 1 }, 'x'] }], { v: { a: 1 } }, undefined],
  [[{ path: '/v', oneOf: [{ a: 1 }, 'x'] }], { v: { a: 2 } }, undefined],
  [[{ path: '/v', oneOf: [1, 'x'] }], { v: 'x' }, undefined],
  [[{ path: '/v', type: 'null' }], { v: null }, undefined],
  [[{ path: '/v', type: 'null' }], { v: 0 }, undefined],
  [[{ path: '/v', type: 'boolean' }], { v: false }, undefined],
  [[{ path: '/v', type: 'boolean' }], { v: 0 }, undefined],
  [[{ path: '/v', contains: 'x' }], { v: 'axb' }, undefined],
  [[{ path: '/v', contains: 'x' }], { v: 'ab' }, undefined],
  [[{ path: '/v' }], { v: 1 }, undefined],
  [[{ path: 'v', exists: false }], { v: 1 }, undefined],
  [[{ path: '/constructor', exists: true }], {}, undefined],
  [[{ path: '/constructor/0', exists: true }], JSON.parse('{"constructor": [1]}'), undefined],
  [[{ path: '/a*/', exists: true }], { 'a*': 1 }, undefined],
];

describe('ConditionEmitter', () => {
  const { text, tests } = emitted(CASES.map(([list]) => list));

  it.each(CASES)('emits %j as the interpreter reads it, on %j', (list, body, context) => {
    const test = tests.get(conditionsKey(list));
    expect(test?.(body, context)).toBe(interpretConditions(list)(body, context));
  });

  it('writes each list once, and imports only the helpers it calls', () => {
    const twice = emitted([[{ path: '/a', exists: true }], [{ path: '/a', exists: true }]]);
    expect(twice.tests.size).toBe(1);
    expect(twice.text.match(/\["\[/g)).toHaveLength(1);
    expect(twice.text).not.toContain('conditionRuntime');
    expect(text).toContain('oneOfDeep');
    expect(text).toContain('type Obj = Record<string, unknown>;');
    expect(emitted([[]]).text).not.toContain('type Obj');
  });
});

describe('conditionLists and packPointers', () => {
  const pack = (envelope: Partial<ErrorPack['envelope']>): ErrorPack => ({
    id: 'p',
    name: 'P',
    version: '1',
    errorOn2xx: false,
    envelope: { match: [{ path: '/m', exists: true }], ...envelope },
  });

  it('lists a pack’s condition lists in the order the decoder compiles them', () => {
    const each: Condition[] = [{ path: '/e', exists: true }];
    const when: Condition[] = [{ path: '/w', exists: true }];
    expect(conditionLists(pack({}))).toEqual([[{ path: '/m', exists: true }]]);
    expect(conditionLists(pack({ errors: { path: '/errors' }, code: '/c' }))).toHaveLength(1);
    expect(
      conditionLists(
        pack({
          success: [],
          errors: { path: '/errors', each },
          code: { from: '/c', cases: [{ when, code: 'X' }] },
        }),
      ),
    ).toEqual([[], [{ path: '/m', exists: true }], each, when]);
  });

  it('lists every body pointer a pack reads, defaults too, and no header', () => {
    expect(
      packPointers(
        pack({
          code: { from: ['header:x-code', '/c'] },
          message: '/msg',
          requestId: 'header:x-id',
          errors: '/errors',
          details: '/d',
          fieldErrors: { path: '/f', shape: 'list' },
        }),
      ),
    ).toEqual(['/c', '/msg', '/errors', '/d', '/f', '/field', '/message']);
    expect(
      packPointers(
        pack({
          code: '/c',
          errors: { path: '/list' },
          details: { fields: { a: { path: '/a' } } },
          fieldErrors: { path: '/f', shape: 'map', field: '/name', message: ['/text'] },
        }),
      ),
    ).toEqual(['/c', '/list', '/a', '/f', '/name', '/text']);
  });
});
