import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';

// https://api.slack.com/web#evaluating_responses (its examples), and the rate-limit page
// https://api.slack.com/apis/rate-limits (HTTP 429, Retry-After, "ratelimited").
describe('slack', () => {
  it('reads {"ok": false, "error": "…"} under HTTP 200 as an error', () => {
    const d = decode(exchange({ status: 200, json: { ok: false, error: 'invalid_auth' } }));
    expect(d).toMatchObject({ format: 'slack', code: 'invalid_auth', known: true, status: 200 });
    expect(d?.retry.advice).toBe('after-auth');
  });

  it('shows response_metadata.messages and the warning', () => {
    const body = {
      ok: false,
      error: 'invalid_arguments',
      warning: 'missing_charset',
      response_metadata: {
        messages: ['[ERROR] missing required field: channel'],
        warnings: ['missing_charset'],
      },
    };
    const d = decode(exchange({ status: 200, json: body }));
    expect(d).toMatchObject({
      code: 'invalid_arguments',
      message: '[ERROR] missing required field: channel',
    });
    expect(d?.details).toMatchObject({
      warning: 'missing_charset',
      response_metadata: { messages: ['[ERROR] missing required field: channel'] },
    });
  });

  it('is no error when ok is true, warning or not', () => {
    expect(decode(exchange({ status: 200, json: { ok: true, stuff: 'This is good' } }))).toBeNull();
    const warned = {
      ok: true,
      warning: 'something_problematic',
      stuff: 'Your requested information',
    };
    expect(decode(exchange({ status: 200, json: warned }))).toBeNull();
  });

  it('waits for Retry-After on ratelimited', () => {
    const d = decode(
      exchange({
        status: 429,
        json: { ok: false, error: 'ratelimited' },
        responseHeaders: headers({ 'Retry-After': '30' }),
      }),
    );
    expect(d?.retry).toMatchObject({ advice: 'wait', afterSeconds: 30 });
  });

  it('explains an unlisted code, "something_bad" of the document, without inventing a rule', () => {
    const d = decode(exchange({ status: 200, json: { ok: false, error: 'something_bad' } }));
    expect(d).toMatchObject({ format: 'slack', code: 'something_bad', known: false });
    expect(d?.retry).toMatchObject({ advice: 'check-first', documented: false });
  });

  it('and the seed ok-flag envelope (error is an object) stays ok-flag: specificity decides', () => {
    const seed = {
      ok: false,
      error: { code: 'invalid_request', message: 'Bad request', details: null },
    };
    const slack = { ok: false, error: 'invalid_request' };
    expect(decode(exchange({ status: 400, json: seed }))).toMatchObject({
      format: 'ok-flag',
      code: 'invalid_request',
    });
    expect(decode(exchange({ status: 400, json: slack }))).toMatchObject({
      format: 'slack',
      code: 'invalid_request',
    });
  });
});
