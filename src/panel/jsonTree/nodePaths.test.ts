import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, type FlatTree } from './flatTree';
import { copyableValue, pointerOf, propertyPathOf, subtreeJson } from './nodePaths';

const flat = (value: unknown) => flatten(value) as FlatTree;

/** The node reached by following `keys` from the root. */
function nodeAt(t: FlatTree, keys: (string | number)[]): number {
  let node = 0;
  for (const key of keys) {
    let c = node + 1;
    while (t.keys[c] !== key) c = t.end[c] ?? t.size;
    node = c;
  }
  return node;
}

describe('node paths', () => {
  const t = flat(JSON.parse('{"a/b":{"m~n":[0,{"x y":1,"__proto__":2,"ok":3}]}}'));

  it('writes RFC 6901 JSON Pointers, escaping ~ and /', () => {
    expect(pointerOf(t, 0)).toBe('');
    expect(pointerOf(t, nodeAt(t, ['a/b', 'm~n', 1, 'x y']))).toBe('/a~1b/m~0n/1/x y');
  });

  it('writes property paths with brackets where a dot would not do', () => {
    expect(propertyPathOf(t, nodeAt(t, ['a/b', 'm~n', 1, 'ok']))).toBe('["a/b"]["m~n"][1].ok');
    expect(propertyPathOf(t, nodeAt(t, ['a/b', 'm~n', 1, '__proto__']))).toBe(
      '["a/b"]["m~n"][1]["__proto__"]',
    );
    expect(propertyPathOf(flat({ error: { code: 1 } }), 2)).toBe('error.code');
  });
});

describe('copied values', () => {
  it('writes any subtree as JSON.stringify would, indented by two spaces', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const normalized: unknown = JSON.parse(JSON.stringify(value));
        const wrapped = flat([normalized]);
        expect(subtreeJson(wrapped, 1)).toBe(JSON.stringify(normalized, null, 2));
      }),
    );
  });

  it('copies a string as itself and a number as its text', () => {
    const t = flat({ s: 'line\n"quoted"', n: -1.5e-7 });
    expect(copyableValue(t, 1)).toBe('line\n"quoted"');
    expect(copyableValue(t, 2)).toBe('-1.5e-7');
  });

  it('writes a body nested 50,000 deep without indentation, and without recursion', () => {
    const depth = 50_000;
    const text = '['.repeat(depth) + '1' + ']'.repeat(depth);
    expect(subtreeJson(flat(JSON.parse(text)), 0)).toBe(text);
  });
});
