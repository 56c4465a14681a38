import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';

// https://learn.microsoft.com/graph/errors ("Error resource type") and
// https://learn.microsoft.com/graph/throttling: their example bodies.
const ERRORS_PAGE = {
  error: {
    code: 'badRequest',
    message: 'Uploaded fragment overlaps with existing data.',
    innerError: {
      code: 'invalidRange',
      'request-id': 'request-id',
      date: 'date-time',
    },
  },
};
const THROTTLED = {
  error: {
    code: 'TooManyRequests',
    innerError: {
      code: '429',
      date: '2020-08-18T12:51:51',
      message: 'Please retry after',
      'request-id': '94fb3b52-452a-4535-a601-69e0a90e3aa2',
      status: '429',
    },
    message: 'Please retry again later.',
  },
};

describe('odata', () => {
  it('reads the errors page example: code, message, innerError request-id', () => {
    const d = decode(exchange({ status: 416, json: ERRORS_PAGE }));
    expect(d).toMatchObject({
      format: 'odata',
      code: 'badRequest',
      message: 'Uploaded fragment overlaps with existing data.',
      requestId: 'request-id',
    });
    // badRequest appears only in the document's example, not in its list of codes.
    expect(d?.known).toBe(false);
    expect(d?.notes[0]?.en).toContain('example');
    expect(d?.details).toMatchObject({ innerError: { code: 'invalidRange' } });
  });

  it('waits on the throttling example, for Retry-After', () => {
    const d = decode(
      exchange({ status: 429, json: THROTTLED, responseHeaders: headers({ 'Retry-After': '10' }) }),
    );
    expect(d).toMatchObject({ format: 'odata', code: 'TooManyRequests', known: true });
    expect(d?.retry).toMatchObject({ advice: 'wait', afterSeconds: 10 });
    expect(d?.requestId).toBe('94fb3b52-452a-4535-a601-69e0a90e3aa2');
  });

  it('reads details as field errors by target, and the request-id header when the body has none', () => {
    const body = {
      error: {
        code: 'invalidRequest',
        message: 'Invalid request',
        details: [{ code: 'invalidValue', message: 'Must be a date', target: 'startDateTime' }],
      },
    };
    const d = decode(
      exchange({ status: 400, json: body, responseHeaders: headers({ 'request-id': 'r-1' }) }),
    );
    expect(d).toMatchObject({ code: 'invalidRequest', known: true, requestId: 'r-1' });
    expect(d?.fieldErrors).toEqual([{ field: 'startDateTime', messages: ['Must be a date'] }]);
  });

  it('claims no error object with members OData does not define, nor other top-level members', () => {
    const stripeLike = { error: { code: 'x', message: 'y', type: 'card_error' } };
    expect(decode(exchange({ json: stripeLike }))?.format).not.toBe('odata');
    expect(
      decode(exchange({ json: { error: { code: 'x', message: 'y' }, meta: {} } }))?.format,
    ).not.toBe('odata');
    expect(decode(exchange({ json: { error: { code: 5, message: 'y' } } }))?.format).not.toBe(
      'odata',
    );
  });
});
