import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { budget } from '../../../test/helpers/timing';
import {
  REDACTED,
  redactBodyText,
  redactCookieValues,
  redactExchange,
  redactHeaders,
  redactUrl,
} from './redact';
import { isSecretName } from './secretNames';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXNlY3JldA';

describe('isSecretName', () => {
  it('matches the secret words anywhere in a name, whatever the case', () => {
    for (const name of [
      'Authorization',
      'Proxy-Authorization',
      'Cookie',
      'Set-Cookie',
      'X-Api-Key',
      'access_token',
      'client_secret',
      'PASSWORD',
      'X-Signature',
      'session_id',
      'auth',
      'X-Auth',
      'sig',
    ]) {
      expect(isSecretName(name), name).toBe(true);
    }
  });

  it('leaves ordinary names alone', () => {
    for (const name of ['Content-Type', 'Keep-Alive', 'Retry-After', 'author', 'design', 'q']) {
      expect(isSecretName(name), name).toBe(false);
    }
    expect(isSecretName('WWW-Authenticate')).toBe(false);
    expect(isSecretName('Access-Control-Allow-Credentials')).toBe(false);
  });
});

describe('redactHeaders', () => {
  it('keeps the scheme word and replaces every secret value with a visible placeholder', () => {
    expect(
      redactHeaders(
        headers({
          Authorization: 'Bearer sk_live_123',
          'Proxy-Authorization': 'Basic dXNlcjpwYXNz',
          Cookie: 'sid=abc; theme=dark',
          'Set-Cookie': 'sid=abc; HttpOnly',
          'X-Api-Key': 'k-999',
          'X-Signature': 'f00d',
          Accept: '*/*',
        }),
      ),
    ).toEqual(
      headers({
        Authorization: 'Bearer [REDACTED]',
        'Proxy-Authorization': 'Basic [REDACTED]',
        Cookie: REDACTED,
        'Set-Cookie': REDACTED,
        'X-Api-Key': REDACTED,
        'X-Signature': REDACTED,
        Accept: '*/*',
      }),
    );
  });

  it('hides an Authorization value without a scheme whole, and keeps empty values', () => {
    expect(redactHeaders(headers({ Authorization: 'sk_live_abc', Cookie: '' }))).toEqual(
      headers({ Authorization: REDACTED, Cookie: '' }),
    );
  });

  it('finds tokens inside other headers: a Referer with a query token, a stray JWT', () => {
    expect(
      redactHeaders(
        headers({ Referer: 'https://app.example/cb?code=1&access_token=abc', 'X-Trace': JWT }),
      ),
    ).toEqual(
      headers({
        Referer: 'https://app.example/cb?code=[REDACTED]&access_token=[REDACTED]',
        'X-Trace': REDACTED,
      }),
    );
  });

  it('leaves an auth challenge readable', () => {
    const challenge = 'Bearer realm="api", error="invalid_token"';
    expect(redactHeaders(headers({ 'WWW-Authenticate': challenge }))[0]?.value).toBe(challenge);
  });

  it('keeps extra properties and does not change its input', () => {
    const list = [{ name: 'X-Api-Key', value: 'k', comment: 'c' }];
    expect(redactHeaders(list)).toEqual([{ name: 'X-Api-Key', value: REDACTED, comment: 'c' }]);
    expect(list[0]?.value).toBe('k');
  });
});

describe('redactCookieValues', () => {
  it('hides every cookie value', () => {
    expect(redactCookieValues([{ name: 'theme', value: 'dark' }])).toEqual([
      { name: 'theme', value: REDACTED },
    ]);
  });
});

describe('redactUrl', () => {
  it('replaces secret query parameters and keeps the others as sent', () => {
    expect(
      redactUrl('https://api.example.com/v1/x?a=1&access_token=T0K&api%5Fkey=K&session_id=S&q=a+b'),
    ).toBe(
      'https://api.example.com/v1/x?a=1&access_token=[REDACTED]&api%5Fkey=[REDACTED]&session_id=[REDACTED]&q=a+b',
    );
  });

  it('redacts fragments, user-info, path parameters and JWTs in the path', () => {
    expect(redactUrl('https://bob:pw@h.example/a;jsessionid=ABC/b#id_token=X&state=1')).toBe(
      'https://bob:[REDACTED]@h.example/a;jsessionid=[REDACTED]/b#id_token=[REDACTED]&state=1',
    );
    expect(redactUrl('https://ghp_abc@github.com/')).toBe('https://[REDACTED]@github.com/');
    expect(redactUrl(`https://h.example/reset/${JWT}/done`)).toBe(
      'https://h.example/reset/[REDACTED]/done',
    );
  });

  it('finds a token in an encoded URL inside a parameter', () => {
    const url = `https://h.example/login?next=${encodeURIComponent('https://x/?token=abc')}`;
    expect(redactUrl(url)).not.toContain('abc');
  });

  it('leaves URLs without secrets unchanged, parseable or not', () => {
    for (const url of ['https://h.example/a?b=1#top', '/relative?x', '', 'not a url', '?']) {
      expect(redactUrl(url)).toBe(url);
    }
  });
});

describe('redactBodyText', () => {
  it('redacts values of secret keys in JSON, nested values included, and keeps the layout', () => {
    const body = JSON.stringify(
      {
        user: 'bob',
        password: 'hunter2',
        pin_code: 1234,
        credentials: { api_key: 'k-1', scope: 'read' },
        client: { api_key: 'k-2', scope: 'read' },
        session: { id: 's-1' },
        refresh_token: null,
        ok: false,
      },
      null,
      2,
    );
    const out = redactBodyText(body);
    expect(JSON.parse(out)).toEqual({
      user: 'bob',
      password: REDACTED,
      pin_code: REDACTED,
      credentials: REDACTED,
      client: { api_key: REDACTED, scope: 'read' },
      session: REDACTED,
      refresh_token: null,
      ok: false,
    });
    // The lines of `credentials` (4) and `session` (3) folded into one each.
    expect(out.split('\n').length).toBe(body.split('\n').length - 5);
  });

  it('redacts JSON held as a string inside JSON', () => {
    const body = JSON.stringify({ data: JSON.stringify({ token: 'inner-secret', n: 1 }) });
    const out = redactBodyText(body);
    expect(out).not.toContain('inner-secret');
    expect(JSON.parse(JSON.parse(out).data as string)).toEqual({ token: REDACTED, n: 1 });
  });

  it('redacts Bearer tokens and JWTs anywhere, and leaves prose about them readable', () => {
    expect(redactBodyText(`use Bearer abc.DEF-123 or ${JWT}.`)).toBe(
      'use Bearer [REDACTED] or [REDACTED].',
    );
    expect(redactBodyText('{"msg":"bad bearer xyz987=="}')).toBe('{"msg":"bad bearer [REDACTED]"}');
    expect(redactBodyText('Не передан Bearer token.')).toBe('Не передан Bearer token.');
    expect(redactBodyText('Basic dXNlcjpwYXNz but Basic information')).toBe(
      'Basic [REDACTED] but Basic information',
    );
  });

  it('redacts form bodies, header lines and name=value pairs in text', () => {
    expect(redactBodyText('grant_type=password&username=bob&password=hunter2')).toBe(
      'grant_type=password&username=bob&password=[REDACTED]',
    );
    expect(redactBodyText('GET / HTTP/1.1\nX-Api-Key: k-1\r\nAccept: */*')).toBe(
      'GET / HTTP/1.1\nX-Api-Key: [REDACTED]\r\nAccept: */*',
    );
    expect(redactBodyText('failed: session="a b" token=\'x\'')).toBe(
      'failed: session="[REDACTED]" token=\'[REDACTED]\'',
    );
  });

  it('redacts a secret cut by truncation to the end of the text', () => {
    expect(redactBodyText('{"ok":false,"access_token":"eyJhbGciOiJIUz')).toBe(
      '{"ok":false,"access_token":"[REDACTED]"',
    );
  });

  it('leaves text without secrets unchanged', () => {
    for (const text of [
      '',
      '{"ok":false,"error":{"code":"invalid_token","message":"Invalid token"}}',
      '<html>502 Bad Gateway</html>',
      'a=1&b=2',
    ]) {
      expect(redactBodyText(text)).toBe(text);
    }
  });

  it('never throws, and redacting twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = redactBodyText(text);
        expect(redactBodyText(once)).toBe(once);
      }),
      { numRuns: propertyRuns(500) },
    );
    const pieces = fc.constantFrom(
      '"',
      '\\',
      ':',
      '{',
      '}',
      '[',
      ']',
      '=',
      '&',
      '\n',
      ' ',
      'token',
      'Bearer ',
      'eyJ',
      '.',
      'a1',
      "'",
      REDACTED,
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const once = redactBodyText(text);
        expect(redactBodyText(once)).toBe(once);
        expect(() => redactUrl(text)).not.toThrow();
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('stays linear on hostile text', () => {
    const n = 1 << 19;
    for (const text of [
      '"\\'.repeat(n / 2),
      'eyJ'.repeat(n / 3),
      'eyJa.'.repeat(n / 5),
      'Bearer '.repeat(n / 7),
      "token='".repeat(n / 7),
      '"token": {'.repeat(n / 10),
      '"x": "{\\"token\\": \\"'.repeat(n / 20),
      ('a'.repeat(200) + '=').repeat(n / 201),
    ]) {
      const started = performance.now();
      redactBodyText(text);
      redactUrl(`https://h/?${text}`);
      expect(performance.now() - started).toBeLessThan(budget(2000));
    }
  });
});

describe('redactExchange', () => {
  it('redacts the URL, both header lists, the body and a request body', () => {
    const ex = {
      ...exchange({
        url: 'https://h.example/x?api_key=K1',
        requestHeaders: headers({ Authorization: 'Bearer T1' }),
        responseHeaders: headers({ 'Set-Cookie': 'sid=C1' }),
        json: { error: 'invalid', token: 'T2' },
      }),
      requestBody: '{"password":"P1"}',
    };
    const out = redactExchange(ex);
    const text = JSON.stringify(out);
    for (const secret of ['K1', 'T1', 'C1', 'T2', 'P1']) expect(text).not.toContain(secret);
    expect(out.status).toBe(ex.status);
    expect(out.startedAt).toBe(ex.startedAt);
    expect(ex.url).toContain('K1'); // the input is left as it was
  });

  it('redacts a base64 text body into plain text, and leaves binary bodies alone', () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const text = redactExchange(
      exchange({ body: b64('{"token":"T3","ok":1}'), bodyEncoding: 'base64' }),
    );
    expect(text).toMatchObject({ body: '{"token":"[REDACTED]","ok":1}', bodyEncoding: 'plain' });
    const clean = exchange({ body: b64('{"ok":1}'), bodyEncoding: 'base64' });
    expect(redactExchange(clean)).toEqual(clean);
    const binary = exchange({ body: '/9j/4AAQSkZJRgABAQ==', bodyEncoding: 'base64' });
    expect(redactExchange(binary).body).toBe(binary.body);
  });
});
