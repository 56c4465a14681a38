import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';

// https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api and
// https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api: their examples.
const PRIMARY = {
  message:
    "API rate limit exceeded for xxx.xxx.xxx.xxx. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
  documentation_url:
    'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
};
const PRIMARY_HEADERS = headers({
  'x-ratelimit-limit': '60',
  'x-ratelimit-remaining': '0',
  'x-ratelimit-used': '60',
  'x-ratelimit-reset': '1377013266',
  'x-ratelimit-resource': 'core',
  'x-github-request-id': 'CDE2:39E5:1A4B2C:1B7E3D:64B8F0A1',
});
const SECONDARY = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID DBD8:FB98:31801A8:3222432:65195FDB.',
  documentation_url:
    'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};
// The troubleshooting page's 422 (it shows no documentation_url).
const VALIDATION = {
  message: 'Validation Failed',
  errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
};

describe('github', () => {
  it('calls a 403 with x-ratelimit-remaining: 0 a primary rate limit: wait', () => {
    const d = decode(exchange({ status: 403, json: PRIMARY, responseHeaders: PRIMARY_HEADERS }));
    expect(d).toMatchObject({
      format: 'github',
      code: 'primary_rate_limit',
      known: true,
      message: PRIMARY.message,
      requestId: 'CDE2:39E5:1A4B2C:1B7E3D:64B8F0A1',
    });
    expect(d?.retry.advice).toBe('wait');
    expect(d?.rateLimit).toMatchObject({ limit: 60, remaining: 0, resetAt: 1377013266 });
  });

  it('leaves a 403 with quota left a plain 403, and a 404 at remaining 0 a 404', () => {
    const left = headers({ 'x-ratelimit-remaining': '12' });
    const forbidden = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    };
    const d = decode(exchange({ status: 403, json: forbidden, responseHeaders: left }));
    expect(d).toMatchObject({ format: 'github', code: null });
    expect(d?.retry.advice).toBe('no');
    const notFound = {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    };
    const last = decode(
      exchange({ status: 404, json: notFound, responseHeaders: PRIMARY_HEADERS }),
    );
    expect(last).toMatchObject({ format: 'github', code: null, title: { en: 'Not found' } });
  });

  it('honours retry-after on a secondary rate limit, else waits at least a minute', () => {
    const withHeader = decode(
      exchange({ status: 429, json: SECONDARY, responseHeaders: headers({ 'retry-after': '30' }) }),
    );
    expect(withHeader).toMatchObject({ code: 'secondary_rate_limit', known: true });
    expect(withHeader?.retry).toMatchObject({
      advice: 'wait',
      afterSeconds: 30,
      afterSource: 'retry-after',
    });
    const bare = decode(exchange({ status: 403, json: SECONDARY }));
    expect(bare?.code).toBe('secondary_rate_limit');
    expect(bare?.retry).toMatchObject({
      advice: 'wait',
      afterSeconds: 60,
      afterSource: 'documented',
    });
  });

  it('reads a 422 validation error: the first error code and the field errors', () => {
    const d = decode(exchange({ status: 422, json: VALIDATION }));
    expect(d).toMatchObject({
      format: 'github',
      code: 'missing_field',
      known: true,
      message: 'Validation Failed',
    });
    expect(d?.fieldErrors).toEqual([{ field: 'title', messages: ['missing_field'] }]);
  });

  it('claims no bare {"message"} body', () => {
    expect(
      decode(exchange({ status: 400, json: { message: 'Problems parsing JSON' } }))?.format,
    ).toBe('http');
  });
});
