import { describe, expect, it } from 'vitest';
import { durationSeconds } from './detailsSummary';

describe('durationSeconds: a google.protobuf.Duration in JSON', () => {
  it('reads whole and fractional seconds, spaces aside', () => {
    expect(durationSeconds('13s')).toBe(13);
    expect(durationSeconds('0s')).toBe(0);
    expect(durationSeconds('1.5s')).toBe(1.5);
    expect(durationSeconds(' 2.000000001s ')).toBe(2.000000001);
    expect(durationSeconds('999999999999s')).toBe(999_999_999_999);
  });

  it('refuses what is not one', () => {
    for (const value of [
      13,
      null,
      '',
      's',
      '13',
      '13ms',
      '13S',
      '.5s',
      '1.s',
      '1.5',
      '-1s',
      '1.0000000001s',
      '1000000000000s',
      '1s ago',
      '1 s',
    ])
      expect(durationSeconds(value), String(value)).toBeUndefined();
  });
});
