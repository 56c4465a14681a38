import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { headerValue, isHeaderName, MAX_DELAY_SECONDS, retryAfterSeconds, timeOf } from './headers';

const START = Date.parse('2026-06-23T10:00:00Z');

describe('headerValue', () => {
  it('matches names case-insensitively', () => {
    expect(headerValue(headers({ 'X-Request-Id': 'r1' }), 'x-request-id')).toBe('r1');
    expect(headerValue(headers({ a: '1' }), 'b')).toBeNull();
  });
});

describe('isHeaderName', () => {
  it('agrees with toLowerCase() on ASCII, non-ASCII and look-alike names', () => {
    const names = [
      'retry-after',
      'Retry-After',
      'RETRY-AFTER',
      'retry_after',
      'retry-afte',
      'x-request-id',
      'X-Request-ID',
      'Content-Type',
      '\u212Aey',
      'Key',
      'key',
      '\u0130d',
      'id',
      'x-ratelimit-limit',
      'X-RateLimit-Limit',
      'x-ratelimit-lİmit',
      'retry-after ',
    ];
    const wanted = [
      'retry-after',
      'x-request-id',
      'key',
      'id',
      'x-ratelimit-limit',
      'content-type',
    ];
    for (const name of names)
      for (const lower of wanted)
        expect(isHeaderName(name, lower), `${name} vs ${lower}`).toBe(name.toLowerCase() === lower);
  });
});

describe('retryAfterSeconds', () => {
  it('reads delta-seconds', () => {
    expect(retryAfterSeconds(headers({ 'Retry-After': '120' }), START)).toBe(120);
    expect(retryAfterSeconds(headers({ 'retry-after': ' 0 ' }), START)).toBe(0);
  });

  it('takes an HTTP-date relative to the response Date header, not the local clock', () => {
    const h = headers({
      Date: 'Tue, 23 Jun 2026 12:00:00 GMT',
      'Retry-After': 'Tue, 23 Jun 2026 12:01:30 GMT',
    });
    expect(retryAfterSeconds(h, START)).toBe(90);
  });

  it('falls back to the exchange start time without a Date header', () => {
    const h = headers({ 'Retry-After': 'Tue, 23 Jun 2026 10:00:45 GMT' });
    expect(retryAfterSeconds(h, START)).toBe(45);
  });

  it('never goes negative for a date in the past', () => {
    const h = headers({
      Date: 'Tue, 23 Jun 2026 12:00:00 GMT',
      'Retry-After': 'Tue, 23 Jun 2026 11:00:00 GMT',
    });
    expect(retryAfterSeconds(h, START)).toBe(0);
  });

  it('ignores garbage and negative numbers', () => {
    expect(retryAfterSeconds(headers({ 'Retry-After': 'soon' }), START)).toBeNull();
    expect(retryAfterSeconds(headers({ 'Retry-After': '-5' }), START)).toBeNull();
    expect(retryAfterSeconds([], START)).toBeNull();
  });

  it('ignores text with a letter that is no HTTP-date (Date.parse read "soon 1" as 2001: 0 s)', () => {
    for (const value of ['soon 1', 'asap 12', 'Mon 5', '1 Jan', '2026-06-23T10:01:00Z']) {
      expect(retryAfterSeconds(headers({ 'Retry-After': value }), START), value).toBeNull();
    }
  });

  it('cannot turn a date into a delay with no Date header and no start time', () => {
    // A HAR entry without startedDateTime starts at 0: from 1970 the wait was 56 years.
    const h = headers({ 'Retry-After': 'Tue, 23 Jun 2026 10:00:30 GMT' });
    expect(retryAfterSeconds(h, 0)).toBeNull();
    expect(retryAfterSeconds(h, Number.NaN)).toBeNull();
    const dated = headers({
      Date: 'Tue, 23 Jun 2026 10:00:00 GMT',
      'Retry-After': 'Tue, 23 Jun 2026 10:00:30 GMT',
    });
    expect(retryAfterSeconds(dated, 0)).toBe(30);
  });

  it('reads an asctime date as UTC, whatever the local time zone', () => {
    const saved = process.env['TZ'];
    try {
      // Date.parse read asctime as local time: 18,060 s here instead of 60.
      process.env['TZ'] = 'America/New_York';
      const h = headers({ 'Retry-After': 'Tue Jun 23 10:01:00 2026' });
      expect(retryAfterSeconds(h, START)).toBe(60);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('caps a delay of any length instead of dropping it (delay-seconds is 1*DIGIT)', () => {
    expect(retryAfterSeconds(headers({ 'Retry-After': '99999999999' }), START)).toBe(
      MAX_DELAY_SECONDS,
    );
    expect(retryAfterSeconds(headers({ 'Retry-After': '9'.repeat(400) }), START)).toBe(
      MAX_DELAY_SECONDS,
    );
    expect(retryAfterSeconds(headers({ 'Retry-After': '2147483646' }), START)).toBe(2147483646);
  });
});

describe('timeOf', () => {
  it('takes the start time for a Date header that is no HTTP-date ("x 1" was 2001)', () => {
    expect(timeOf('x 1', START)).toBe(START);
    expect(timeOf('Tue, 23 Jun 2026 12:00:00 GMT', START)).toBe(Date.UTC(2026, 5, 23, 12));
    expect(timeOf(null, START)).toBe(START);
  });
});
