import { describe, expect, it } from 'vitest';
import { clockTime, kilobytes, prettyBody } from './format';

describe('display helpers', () => {
  it('shows local wall-clock time with milliseconds', () => {
    const ms = new Date(2026, 5, 23, 9, 5, 7, 42).getTime();
    expect(clockTime(ms)).toBe('09:05:07.042');
  });

  it('pretty-prints JSON and leaves other text alone', () => {
    expect(prettyBody('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyBody('<b>x</b>')).toBe('<b>x</b>');
    expect(prettyBody('')).toBe('');
  });

  it('survives a body nested too deep to stringify', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(prettyBody(deep)).toBe(deep);
  });

  it('rounds kilobytes', () => {
    expect(kilobytes(256 * 1024)).toBe(256);
    expect(kilobytes(1536)).toBe(1.5);
  });
});
