import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { httpStatusEntry } from '../http/statusCatalog';
import { builtin } from '../../../test/helpers/builtin';

const problemJsonFormat = builtin('problem-json');

const PROBLEM = { mimeType: 'application/problem+json' };
const JSON_MIME = { mimeType: 'application/json' };

// RFC 9457 §3's examples, verbatim; both are served as application/problem+json.
const OUT_OF_CREDIT = `{
 "type": "https://example.com/probs/out-of-credit",
 "title": "You do not have enough credit.",
 "detail": "Your current balance is 30, but that costs 50.",
 "instance": "/account/12345/msgs/abc",
 "balance": 30,
 "accounts": ["/account/12345",
              "/account/67890"]
}`;

const VALIDATION = `{
 "type": "https://example.net/validation-error",
 "title": "Your request is not valid.",
 "errors": [
             {
               "detail": "must be a positive integer",
               "pointer": "#/age"
             },
             {
               "detail": "must be 'green', 'red' or 'blue'",
               "pointer": "#/profile/color"
             }
          ]
}`;

const recognize = (body: unknown, context = JSON_MIME) =>
  problemJsonFormat.recognize(body, context);

/** A problem+json exchange, with the media type both as DevTools reports it and as a header. */
const problemExchange = (status: number, json: unknown) =>
  exchange({
    status,
    json,
    mimeType: 'application/problem+json',
    responseHeaders: headers({ 'Content-Type': 'application/problem+json; charset=utf-8' }),
  });

describe('problemJsonFormat.recognize', () => {
  it('reads the RFC out-of-credit example, extensions included', () => {
    const envelope = recognize(JSON.parse(OUT_OF_CREDIT), PROBLEM);
    expect(envelope?.requestId).toBeNull();
    expect(envelope?.errors).toHaveLength(1);
    const error = envelope?.errors[0];
    expect(error?.code).toBe('https://example.com/probs/out-of-credit');
    expect(error?.message).toBe('Your current balance is 30, but that costs 50.');
    expect(error?.fieldErrors).toEqual([]);
    expect(error?.pointers).toEqual({ code: '/type', message: '/detail', fieldErrors: '/errors' });
    expect({ ...(error?.details as object) }).toEqual({
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      status: null,
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
      balance: 30,
      accounts: ['/account/12345', '/account/67890'],
    });
  });

  it('turns the RFC validation example into field errors, by pointer', () => {
    const error = recognize(JSON.parse(VALIDATION), PROBLEM)?.errors[0];
    expect(error?.message).toBe('Your request is not valid.');
    expect(error?.fieldErrors).toEqual([
      { field: '#/age', messages: ['must be a positive integer'] },
      { field: '#/profile/color', messages: ["must be 'green', 'red' or 'blue'"] },
    ]);
  });

  it('reads field errors from {field|name, message} lists and from field → messages maps', () => {
    const base = { type: 'https://api.test/invalid', title: 'Invalid', status: 422 };
    const list = recognize({
      ...base,
      errors: [
        { field: 'email', message: 'is invalid' },
        { name: 'age', detail: 'must be positive' },
        { field: 'email', message: 'is taken' },
        { message: 'no field' },
        'junk',
      ],
    });
    expect(list?.errors[0]?.fieldErrors).toEqual([
      { field: 'email', messages: ['is invalid', 'is taken'] },
      { field: 'age', messages: ['must be positive'] },
    ]);
    // ASP.NET Core's ValidationProblemDetails.
    const map = recognize({
      ...base,
      errors: { Name: ['The Name field is required.'], Age: 'Too young' },
    });
    expect(map?.errors[0]?.fieldErrors).toEqual([
      { field: 'Name', messages: ['The Name field is required.'] },
      { field: 'Age', messages: ['Too young'] },
    ]);
  });

  it('recognizes a body without the media type by title, status and type/detail/instance', () => {
    const body = { type: 'https://api.test/not-found', title: 'Not Found', status: 404 };
    expect(recognize(body)?.errors[0]?.code).toBe('https://api.test/not-found');
    expect(recognize({ title: 'Not Found', status: 404, detail: 'No order 7' })).not.toBeNull();
    expect(recognize({ title: 'Not Found', status: 404, instance: '/orders/7' })).not.toBeNull();
    // Missing or wrong-typed core members: not enough to tell it from any other JSON.
    expect(recognize({ title: 'Not Found', status: 404 })).toBeNull();
    expect(recognize({ title: 'Not Found', detail: 'x' })).toBeNull();
    expect(recognize({ status: 404, detail: 'x', type: 'about:blank' })).toBeNull();
    expect(recognize({ title: 'Not Found', status: '404', detail: 'x' })).toBeNull();
    expect(recognize({ title: 'Not Found', status: 404.5, detail: 'x' })).toBeNull();
    expect(recognize({ title: 'Not Found', status: 99, detail: 'x' })).toBeNull();
    expect(recognize({ title: 7, status: 404, detail: 'x' })).toBeNull();
    expect(recognize({ title: 'Not Found', status: 404, detail: 7 })).toBeNull();
  });

  it('recognizes any object served as application/problem+json, in any spelling', () => {
    for (const mimeType of [
      'application/problem+json',
      'Application/Problem+JSON',
      ' application/problem+json ; charset=utf-8',
    ]) {
      expect(recognize({ title: 'Forbidden' }, { mimeType })?.errors[0]?.code).toBe('about:blank');
    }
    expect(recognize({}, PROBLEM)?.errors[0]).toMatchObject({ code: 'about:blank', message: null });
    expect(recognize({ title: 'Forbidden' }, { mimeType: 'application/problem+xml' })).toBeNull();
    expect(recognize({ title: 'Forbidden' }, { mimeType: '' })).toBeNull();
    expect(problemJsonFormat.recognize({ title: 'Forbidden' })).toBeNull();
  });

  it('defaults the type to about:blank and ignores wrong-typed members (RFC 9457 §3.1)', () => {
    const error = recognize(
      { type: 42, title: 'Not Found', status: '404', detail: ['x'], instance: {} },
      PROBLEM,
    )?.errors[0];
    expect(error?.code).toBe('about:blank');
    expect(error?.message).toBe('Not Found');
    // No member holds "about:blank": no pointer for the code; the title was the message.
    expect(error?.pointers).toEqual({ message: '/title', fieldErrors: '/errors' });
    expect({ ...(error?.details as object) }).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: null,
      detail: null,
      instance: null,
    });
    expect(recognize({ type: '', title: 'x' }, PROBLEM)?.errors[0]?.code).toBe('about:blank');
  });

  it("never claims another format's envelope, whatever the media type", () => {
    const problem = { type: 'https://api.test/x', title: 'X', status: 400, detail: 'x' };
    for (const extra of [
      { ok: false },
      { ok: true },
      { success: false },
      { jsonrpc: '2.0' },
      { error: { code: 'invalid_request' } },
      { error: {} },
    ]) {
      expect(recognize({ ...problem, ...extra })).toBeNull();
      expect(recognize({ ...problem, ...extra }, PROBLEM)).toBeNull();
    }
    // An `error` that is not an object is an ordinary extension member.
    expect(recognize({ ...problem, error: 'invalid_grant' })).not.toBeNull();
  });

  it('survives wrong types', () => {
    for (const body of [null, [], 'text', 42, false, [{ title: 'x', status: 400, detail: 'x' }]]) {
      expect(recognize(body)).toBeNull();
      expect(recognize(body, PROBLEM)).toBeNull();
    }
    const error = recognize({ title: 'x', status: 400, detail: 'x', errors: 'nope' })?.errors[0];
    expect(error?.fieldErrors).toEqual([]);
  });

  it('copies a __proto__ member as a plain key and pollutes nothing', () => {
    const body = JSON.parse(
      '{"title":"Bad","status":400,"detail":"d","__proto__":{"polluted":1,"type":"x"},"constructor":{"prototype":{"polluted":2}}}',
    ) as unknown;
    const details = recognize(body)?.errors[0]?.details as Record<string, unknown>;
    expect(Object.getPrototypeOf(details)).toBeNull();
    expect(Object.keys(details)).toContain('__proto__');
    expect(details['__proto__']).toEqual({ polluted: 1, type: 'x' });
    expect(details['type']).toBe('about:blank');
    expect(details['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // A __proto__ key never stands in for the core members.
    expect(
      recognize(JSON.parse('{"__proto__":{"title":"x","status":400,"detail":"d"}}')),
    ).toBeNull();
  });

  it('keeps a bounded number of extension members from a huge body', () => {
    const body: Record<string, unknown> = { title: 'x', status: 400, detail: 'd' };
    for (let i = 0; i < 10_000; i++) body[`k${i}`] = i;
    const details = recognize(body)?.errors[0]?.details as object;
    expect(Object.keys(details).length).toBeLessThanOrEqual(205);
  });

  it('has no catalog: problem types are defined per API', () => {
    expect(problemJsonFormat.catalog.size).toBe(0);
    expect(problemJsonFormat.statuses.size).toBe(0);
    expect(problemJsonFormat.hasCatalog).toBe(false);
  });
});

describe('decoding problem documents', () => {
  it('explains the RFC example by its HTTP status and keeps the detail as the message', () => {
    const d = decode(problemExchange(403, JSON.parse(OUT_OF_CREDIT)));
    expect(d).toMatchObject({
      format: 'problem-json',
      code: 'https://example.com/probs/out-of-credit',
      known: false,
      message: 'Your current balance is 30, but that costs 50.',
      status: 403,
    });
    expect(d?.title.en).toBe('Forbidden');
    expect(d?.retry.advice).toBe('no');
    // Problem types are per API: "undocumented" would be noise.
    expect(d?.notes.some((n) => n.en.includes('undocumented'))).toBe(false);
  });

  it('reads the media type from the Content-Type header when DevTools gave none', () => {
    const d = decode(
      exchange({
        status: 503,
        json: { title: 'Service Unavailable' },
        mimeType: '',
        responseHeaders: headers({ 'Content-Type': 'application/problem+json' }),
      }),
    );
    expect(d).toMatchObject({ format: 'problem-json', code: 'about:blank' });
    expect(d?.message).toBe('Service Unavailable');
    // Explained by the HTTP status, as an unrecognized 503 would be.
    expect(d?.title).toEqual(httpStatusEntry(503).title);
    expect(d?.retry.advice).toBe(httpStatusEntry(503).retry.advice);
  });

  it('recognizes a problem served as plain application/json by its members', () => {
    const d = decode(
      exchange({
        status: 422,
        json: {
          type: 'https://api.test/validation',
          title: 'Validation failed',
          status: 422,
          errors: [{ field: 'email', message: 'is invalid' }],
        },
      }),
    );
    expect(d?.format).toBe('problem-json');
    expect(d?.fieldErrors).toEqual([{ field: 'email', messages: ['is invalid'] }]);
  });

  it('is no error under 2xx', () => {
    const body = { type: 'https://api.test/x', title: 'X', status: 400, detail: 'error' };
    expect(decode({ ...problemExchange(200, body) })).toBeNull();
  });
});
