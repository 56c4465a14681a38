import { describe, expect, it } from 'vitest';
import {
  compiledReader,
  dottedName,
  isIndexToken,
  parsePointer,
  pointerReader,
  resolvePointer,
} from './pointer';
import { formatProblem, pointerToken } from './problems';

const read = (pointer: string, body: unknown) => pointerReader(pointer)(body);

describe('pointerReader', () => {
  it('reads own members and array items at any depth', () => {
    const body = JSON.parse('{"a":{"b":[{"c":1},{"c":2}]},"0":"zero"}') as unknown;
    expect(read('/a/b/1/c', body)).toBe(2);
    expect(read('/a/b/0', body)).toEqual({ c: 1 });
    expect(read('/0', body)).toBe('zero');
    expect(read('', body)).toBe(body);
    expect(read('/a/b/c', body)).toBeUndefined();
    expect(read('/a/b/01', body)).toBeUndefined();
    expect(read('/a/x/y/z', body)).toBeUndefined();
  });

  it('never reads what Object.prototype holds, whatever the depth', () => {
    const body = JSON.parse('{"a":{}}') as unknown;
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(read(`/${name}`, body)).toBeUndefined();
      expect(read(`/a/${name}`, body)).toBeUndefined();
    }
  });

  it('reads such names when the body owns them', () => {
    const body = JSON.parse('{"__proto__":{"constructor":"own"},"toString":7}') as unknown;
    expect(read('/__proto__/constructor', body)).toBe('own');
    expect(read('/toString', body)).toBe(7);
  });
});

describe('resolvePointer and the pointer helpers', () => {
  const body = JSON.parse('{"a":{"b":[10,{"c/d":1,"e~f":2}]},"__proto__":{"x":3}}') as unknown;

  it.each<[string, unknown]>([
    ['', body],
    ['/a/b/0', 10],
    ['/a/b/1/c~1d', 1],
    ['/a/b/1/e~0f', 2],
    ['/__proto__/x', 3],
    ['/a/b/01', undefined],
    ['/a/b/x', undefined],
    ['/a/b/2', undefined],
    ['/a/b/0/z', undefined],
    ['/a/toString', undefined],
    ['/constructor', undefined],
    ['/nothing/deeper', undefined],
  ])('resolves %j', (text, expected) => {
    const pointer = parsePointer(text);
    expect(pointer).not.toBeNull();
    expect(resolvePointer(body, pointer ?? [])).toBe(expected);
    expect(compiledReader(text)(body)).toBe(expected);
  });

  it.each<[string, readonly string[] | null]>([
    ['', []],
    ['/', ['']],
    ['/a/b', ['a', 'b']],
    ['/~01', ['~1']],
    ['/~10', ['/0']],
    ['a/b', null],
    ['/a~', null],
    ['/a~2', null],
  ])('parses %j', (text, expected) => {
    expect(parsePointer(text)).toEqual(expected);
  });

  it('reads nothing through a malformed pointer', () => {
    expect(compiledReader('no-slash')({ 'no-slash': 1 })).toBeUndefined();
    expect(compiledReader('/~2')({ '~2': 1 })).toBeUndefined();
  });

  it('compiles pointers of every length, stopping where the path ends', () => {
    const deep = { a: { b: { c: { d: { e: 5 } } } } };
    expect(compiledReader('/a/b/c/d/e')(deep)).toBe(5);
    expect(compiledReader('/a/b/c/d')(deep)).toEqual({ e: 5 });
    expect(compiledReader('/a/b/c')(deep)).toEqual({ d: { e: 5 } });
    expect(compiledReader('/a/x/c/d/e')(deep)).toBeUndefined();
    expect(compiledReader('/a/b/c/x/e')(deep)).toBeUndefined();
    expect(compiledReader('/a/0')({ a: [7] })).toBe(7);
    expect(compiledReader('/a/x')({ a: [7] })).toBeUndefined();
    expect(compiledReader('/a/0')({ a: 'str' })).toBeUndefined();
    expect(compiledReader('/a/0')({ a: null })).toBeUndefined();
    expect(compiledReader('/constructor')([1])).toBeUndefined();
    expect(compiledReader('/toString')(null)).toBeUndefined();
    expect(compiledReader('/toString')('s')).toBeUndefined();
    expect(compiledReader('/length')([1])).toBeUndefined();
  });

  it('reads an inherited-name member only when owned, even when it is falsy', () => {
    expect(compiledReader('/valueOf')(JSON.parse('{"valueOf":0}'))).toBe(0);
    expect(compiledReader('/valueOf')({})).toBeUndefined();
    expect(compiledReader('/0')(['a'])).toBe('a');
  });

  it('names a pointer with dots and escapes tokens', () => {
    expect(dottedName(['meta', 'request_id'])).toBe('meta.request_id');
    expect(dottedName([])).toBe('');
    expect(pointerToken('a/b~c')).toBe('a~1b~0c');
    expect(pointerToken('x/y/z~~')).toBe('x~1y~1z~0~0');
    expect(pointerToken(3)).toBe('3');
  });

  it('tells index tokens apart', () => {
    for (const t of ['0', '12', '999999999']) expect(isIndexToken(t)).toBe(true);
    for (const t of ['01', '-1', '1a', '', '1000000000']) expect(isIndexToken(t)).toBe(false);
  });

  it('formats a problem, naming the root', () => {
    expect(formatProblem({ pointer: '', message: 'm' })).toBe('(root): m');
    expect(formatProblem({ pointer: '/a', message: 'm' })).toBe('/a: m');
  });
});
