import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import {
  REDACTED,
  redactBodyText,
  redactCookieValues,
  redactExchange,
  redactHeaders,
  redactHeaderValue,
  redactQuery,
  redactUrl,
} from './redact';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXNlY3JldA';
const ENCODED = encodeURIComponent(REDACTED);

describe('redactHeaderValue', () => {
  it.each([
    // A URL header is read as a parser reads it: the tab inside the value is dropped.
    ['Location', 'https://h/?code=a\tb', `https://h/?code=${REDACTED}`],
    ['Location', '  https://u:pw@h/  ', `https://u:${REDACTED}@h/`],
    // Link: each target a URL, the parameters kept.
    ['Link', '<https://h/?code=abc>; rel=next', `<https://h/?code=${REDACTED}>; rel=next`],
    [
      'Link',
      '<https://h/a>; rel="next", <https://u:pw@h/b>; rel=last',
      `<https://h/a>; rel="next", <https://u:${REDACTED}@h/b>; rel=last`,
    ],
    // Other text: the free-text rules.
    ['X-Note', 'see?code=abc', `see?code=${REDACTED}`],
    ['X-Note', 'a > b', 'a > b'],
    ['X-Api-Key', 'k-1', REDACTED],
  ])('%s: %j → %j', (name, value, expected) => {
    expect(redactHeaderValue(name, value)).toBe(expected);
  });
});

describe('redactHeaders and redactCookieValues', () => {
  it('gives back the same item when its value had nothing secret', () => {
    const list = [
      { name: 'Accept', value: '*/*' },
      { name: 'X-Api-Key', value: 'k' },
    ];
    const out = redactHeaders(list);
    expect(out[0]).toBe(list[0]);
    expect(out[1]).toEqual({ name: 'X-Api-Key', value: REDACTED });
  });

  it('keeps an empty cookie value, and the item with it', () => {
    const cookies = [
      { name: 'a', value: '' },
      { name: 'b', value: 'v' },
    ];
    const out = redactCookieValues(cookies);
    expect(out).toEqual([
      { name: 'a', value: '' },
      { name: 'b', value: REDACTED },
    ]);
    expect(out[0]).toBe(cookies[0]);
  });
});

describe('redactQuery', () => {
  it.each([
    ['a&token=x', `a&token=${REDACTED}`],
    [JWT, REDACTED],
    [`a=1&${JWT}&b`, `a=1&${REDACTED}&b`],
    ['=Bearer%20abc123', `=Bearer%20${ENCODED}`],
    // Empty values, and values already redacted, stay.
    ['token=&code=', 'token=&code='],
    [`token=${REDACTED}`, `token=${REDACTED}`],
    ['a=1&&b', 'a=1&&b'],
    // Names read decoded, without breaks.
    ['p%61ssword=x', `p%61ssword=${REDACTED}`],
    ['pass%0Aword=x&co%0Dde=y', `pass%0Aword=${REDACTED}&co%0Dde=${REDACTED}`],
    // Percent-encoded values: redacted decoded, others kept exactly as sent.
    ['x=%7B%22token%22%3A%22s%22%7D', `x=%7B%22token%22%3A%22${ENCODED}%22%7D`],
    ['x=%41&y=a%2Fb&z=%7e', 'x=%41&y=a%2Fb&z=%7e'],
    // A form value reads `+` as a space.
    ['x=Bearer+abc123', `x=Bearer%20${ENCODED}`],
    ['q=a+b&r=1+%2B+1', 'q=a+b&r=1+%2B+1'],
  ])('%j → %j', (query, expected) => {
    expect(redactQuery(query)).toBe(expected);
  });
});

describe('redactUrl: read as a URL parser reads it', () => {
  it.each([
    // Tabs and line breaks of the scheme and authority are dropped, wherever they are.
    ['ht\ttps://u:pw@h/', `https://u:${REDACTED}@h/`],
    ['https:\t//u:pw@h/x', `https://u:${REDACTED}@h/x`],
    ['https://h\n.x/?token=a', `https://h.x/?token=${REDACTED}`],
    ['https:/\t/h\t.x/p?token=1', `https://h.x/p?token=${REDACTED}`],
    ['https:/\n/h\n.x/p?token=1', `https://h.x/p?token=${REDACTED}`],
    ['https:/\r/h\r.x/p?token=1', `https://h.x/p?token=${REDACTED}`],
    ['https:\\\t\\h\t.x/p?token=1', `https:\\\\h.x/p?token=${REDACTED}`],
    // Those after the authority stay: in the path, the query and the fragment.
    ['https://h\t.x/p\tq?token=1', `https://h.x/p\tq?token=${REDACTED}`],
    ['https://h\t.x\\p\tq?token=1', `https://h.x\\p\tq?token=${REDACTED}`],
    ['https://h\t.x?a=\tb&token=1', `https://h.x?a=\tb&token=${REDACTED}`],
    ['https://h/p\tx?token=1', `https://h/p\tx?token=${REDACTED}`],
    // Query and fragment.
    ['https://h?x=1#access_token=a', `https://h?x=1#access_token=${REDACTED}`],
    ['https://h/#token=a&b=1', `https://h/#token=${REDACTED}&b=1`],
    ['https://h/?a=1#?token=a', `https://h/?a=1#?token=${REDACTED}`],
    // OAuth's implicit flow: the fragment right after the host.
    [
      'https://app.example#access_token=a&state=1',
      `https://app.example#access_token=${REDACTED}&state=1`,
    ],
    ['https://h#token=a', `https://h#token=${REDACTED}`],
  ])('%j → %j', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it.each([
    '  https://h/x?a=1  ',
    'https://h\t.x/p',
    'https:/\t/h/p\tq',
    'https://h/?a=%41',
    'mailto:u@h',
  ])('gives back %j as it was when nothing in it is secret', (url) => {
    expect(redactUrl(url)).toBe(url);
  });
});

describe('redactBodyText: a URL, whole or percent-encoded', () => {
  it.each([
    // A body that is one URL is read as a URL: `code` is secret in a query only.
    ['https://h/x?code=abc', `https://h/x?code=${REDACTED}`],
    ['state=1&code=abc', `state=1&code=${REDACTED}`],
    // Text rules would end these values at `)`: a URL or a form reads them whole.
    ['https://h/?token=a)b', `https://h/?token=${REDACTED}`],
    ['a=1&token=x)y', `a=1&token=${REDACTED}`],
    // A URL or form decodes its values: text rules read them as sent.
    ['https://h/?x=a%26token%3Db', `https://h/?x=a%26token%3D${ENCODED}`],
    ['x=a%26token%3Db', `x=a%26token%3D${ENCODED}`],
    ['https%3A%2F%2Fh%2F%3Fcode%3Dabc', `https%3A%2F%2Fh%2F%3Fcode%3D${ENCODED}`],
    [' https%3a%2F%2Fh%2F%3Fcode%3Dabc', `https%3A%2F%2Fh%2F%3Fcode%3D${ENCODED}`],
    ['{"cb":"https://h/?code=abc"}', `{"cb":"https://h/?code=${REDACTED}"}`],
    ['{"cb":"https%3A%2F%2Fh%2F%3Fcode%3Dabc"}', `{"cb":"https%3A%2F%2Fh%2F%3Fcode%3D${ENCODED}"}`],
    ['{"cb":"https://h/?acc\\tess_token=abc"}', `{"cb":"https://h/?acc\\tess_token=${REDACTED}"}`],
    [
      'see redirect=https%3A%2F%2Fh%2F%3Fcode%3Dabc now',
      `see redirect=https%3A%2F%2Fh%2F%3Fcode%3D${ENCODED} now`,
    ],
  ])('%j → %j', (text, expected) => {
    expect(redactBodyText(text)).toBe(expected);
  });

  it.each(['https%3a%2f%2fh%2fx', 'x%3A%20y', 'https%3A%2F%2Fh%2F a', ''])(
    'leaves %j as it was',
    (text) => {
      expect(redactBodyText(text)).toBe(text);
    },
  );
});

describe('redactExchange: bodies', () => {
  const b64 = (bytes: Buffer) => bytes.toString('base64');

  it('keeps a missing body missing', () => {
    expect(redactExchange(exchange({ body: null })).body).toBeNull();
    const noBody = { ...exchange(), body: undefined as unknown as string | null };
    expect(redactExchange(noBody).body).toBeNull();
  });

  it('redacts a plain body even where it holds a replacement character', () => {
    const out = redactExchange(exchange({ body: '\uFFFD {"token":"t"}' }));
    expect(out.body).toBe(`\uFFFD {"token":"${REDACTED}"}`);
    expect(out.bodyEncoding).toBe('plain');
  });

  it('leaves a binary body as it came, whatever its bytes look like', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00]), Buffer.from('{"token":"t"}')]);
    const ex = exchange({ body: b64(bytes), bodyEncoding: 'base64' });
    expect(redactExchange(ex)).toEqual(ex);
    const broken = exchange({ body: 'token=x!', bodyEncoding: 'base64' });
    expect(redactExchange(broken)).toEqual(broken);
  });

  it('redacts the headers and a request body of the exchange', () => {
    const out = redactExchange({
      ...exchange({ requestHeaders: headers({ 'X-Api-Key': 'k' }) }),
      requestBody: 'code=abc',
    } as ReturnType<typeof exchange>);
    expect(out.requestHeaders).toEqual(headers({ 'X-Api-Key': REDACTED }));
    expect((out as { requestBody?: string }).requestBody).toBe(`code=${REDACTED}`);
  });
});
