import { describe, expect, it } from 'vitest';
import { clockTime, kilobytes } from './format';

describe('display helpers', () => {
  it('shows local wall-clock time with milliseconds', () => {
    const ms = new Date(2026, 5, 23, 9, 5, 7, 42).getTime();
    expect(clockTime(ms)).toBe('09:05:07.042');
  });

  it('rounds kilobytes', () => {
    expect(kilobytes(256 * 1024)).toBe(256);
    expect(kilobytes(1536)).toBe(1.5);
  });
});
