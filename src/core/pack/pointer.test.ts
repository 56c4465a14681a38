import { describe, expect, it } from 'vitest';
import { pointerReader } from './pointer';

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
