import { afterEach, describe, expect, it } from 'vitest';
import { parseHttpDate } from './httpDate';

// RFC 9110 §5.6.7's own example, in its three forms.
const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('parseHttpDate', () => {
  it('reads the three forms of RFC 9110 §5.6.7', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(NOV_6_1994);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(NOV_6_1994);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(NOV_6_1994);
    expect(parseHttpDate('  Sun, 06 Nov 1994 08:49:37 GMT ')).toBe(NOV_6_1994);
    expect(parseHttpDate('sun, 06 nov 1994 08:49:37 gmt')).toBe(NOV_6_1994);
  });

  it('refuses text that is no HTTP-date, which Date.parse reads as some year', () => {
    for (const text of [
      'soon 1',
      'later 5',
      'Mon 5',
      '1 Jan',
      'x 1',
      '2025-01-01T00:01:00',
      '2025-01-01T00:01:00Z',
      'Sun, 06 Nov 1994 08:49:37 PST',
      'Sun, 06 Nov 1994 08:49:37',
      'Sun, 6 Nov 1994 08:49:37 GMT',
      'Xyz, 06 Nov 1994 08:49:37 GMT',
      'Sun, 06 Foo 1994 08:49:37 GMT',
      'Sun, 31 Feb 1994 08:49:37 GMT',
      'Sun, 06 Nov 1994 24:00:00 GMT',
      'Sun, 06 Nov 1994 08:60:00 GMT',
      '',
    ]) {
      expect(parseHttpDate(text), text).toBeNull();
    }
  });

  it('counts a leap second into the next minute', () => {
    expect(parseHttpDate('Sat, 31 Dec 2016 23:59:60 GMT')).toBe(Date.UTC(2017, 0, 1, 0, 0, 0));
  });

  it('reads years below 100 as written, not as 19xx', () => {
    expect(parseHttpDate('Sat, 01 Jan 0099 00:00:00 GMT')).toBe(
      new Date(0).setUTCFullYear(99, 0, 1),
    );
  });

  it('puts a two-digit year no more than 50 years ahead of now', () => {
    const now = new Date().getUTCFullYear();
    const ahead = (now + 49) % 100;
    const behind = (now + 51) % 100;
    const at = (yy: number) =>
      new Date(
        parseHttpDate(`Monday, 01-Jan-${String(yy).padStart(2, '0')} 00:00:00 GMT`) ?? NaN,
      ).getUTCFullYear();
    expect(at(ahead)).toBe(now + 49);
    expect(at(behind)).toBe(now + 51 - 100);
  });

  describe('in any local time zone', () => {
    const saved = process.env['TZ'];
    afterEach(() => {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    });

    it('reads every form as UTC (Date.parse read asctime as local time)', () => {
      for (const zone of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
        process.env['TZ'] = zone;
        expect(parseHttpDate('Sun Nov  6 08:49:37 1994'), zone).toBe(NOV_6_1994);
        expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT'), zone).toBe(NOV_6_1994);
      }
    });
  });
});
