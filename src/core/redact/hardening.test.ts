import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { bestTime, budget } from '../../../test/helpers/timing';
import { toCurl } from '../report/curl';
import { REDACTED, redactBodyText, redactHeaders, redactUrl } from './redact';

/** Issue 9: shapes of secrets that survived redaction, one `it` per shape. */

const CRLF = '\r\n';

function multipart(
  parts: Record<string, string>,
  boundary = '----WebKitFormBoundary7MA4YWxk',
): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(parts)) {
    lines.push(`--${boundary}`, `Content-Disposition: form-data; name="${name}"`, '', value);
  }
  lines.push(`--${boundary}--`, '');
  return lines.join(CRLF);
}

describe('multipart bodies', () => {
  it('redacts parts by their name, like any other field, and keeps the others', () => {
    const body = multipart({ user: 'bob', password: 'PW-1', api_key: 'K-2', note: 'hello' });
    const out = redactBodyText(body);
    expect(out).not.toContain('PW-1');
    expect(out).not.toContain('K-2');
    expect(out).toBe(
      multipart({ user: 'bob', password: REDACTED, api_key: REDACTED, note: 'hello' }),
    );
  });

  it('redacts a multi-line part whole, a part with a Content-Type, and one cut short', () => {
    const b = 'xyz';
    const body = [
      `--${b}`,
      'Content-Disposition: form-data; name="private_key"; filename="k.pem"',
      'Content-Type: application/x-pem-file',
      '',
      '-----BEGIN KEY-----',
      'SECRET-LINE',
      '-----END KEY-----',
      `--${b}`,
      'content-disposition: form-data; name=token',
      '',
      'TRUNCATED-SECRET',
    ].join(CRLF);
    const out = redactBodyText(body);
    for (const secret of ['SECRET-LINE', 'BEGIN KEY', 'TRUNCATED-SECRET']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain(
      `Content-Type: application/x-pem-file${CRLF}${CRLF}${REDACTED}${CRLF}--xyz`,
    );
  });

  it('does so in the cURL command', () => {
    const curl = toCurl({
      url: 'https://h.example/login',
      method: 'POST',
      requestHeaders: headers({ 'Content-Type': 'multipart/form-data; boundary=b' }),
      requestBody: multipart({ password: 'hunter2' }, 'b'),
    });
    expect(curl).not.toContain('hunter2');
  });
});

describe('name/value lists', () => {
  it('redacts the value of an item whose name-like member names a secret', () => {
    const body = JSON.stringify({
      params: [
        { name: 'user', value: 'bob' },
        { name: 'password', value: 'PW-1' },
        { value: 'PW-2', name: 'passwd' }, // value first
      ],
      headers: [{ key: 'X-Api-Key', value: 'K-1', type: 'text' }], // Postman
      tags: [{ Name: 'client_secret', Value: { nested: 'S-1' } }], // AWS style
    });
    const out = redactBodyText(body);
    for (const secret of ['PW-1', 'PW-2', 'K-1', 'S-1']) expect(out).not.toContain(secret);
    expect(JSON.parse(out)).toEqual({
      params: [
        { name: 'user', value: 'bob' },
        { name: 'password', value: REDACTED },
        { value: REDACTED, name: 'passwd' },
      ],
      headers: [{ key: 'X-Api-Key', value: REDACTED, type: 'text' }],
      tags: [{ Name: 'client_secret', Value: REDACTED }],
    });
  });

  it('redacts an item of a list cut short, and one inside JSON held in a string', () => {
    expect(redactBodyText('[{"name":"token","value":"T-1"')).not.toContain('T-1');
    const inner = JSON.stringify({ data: JSON.stringify([{ name: 'sid', value: 'S-2' }]) });
    expect(redactBodyText(inner)).not.toContain('S-2');
  });
});

describe('URLs outside the URL field', () => {
  it('redacts user-info passwords in headers and in bodies', () => {
    const [location, link] = redactHeaders(
      headers({ Location: 'https://u:PW-1@h.example/', Link: '<https://u:PW-2@h/>; rel=next' }),
    );
    expect(location?.value).toBe(`https://u:${REDACTED}@h.example/`);
    expect(link?.value).not.toContain('PW-2');
    const body = JSON.stringify({
      callback: 'https://u:PW-3@h/',
      db: 'postgres://admin:PW-4@db.internal:5432/app',
    });
    const out = redactBodyText(body);
    for (const secret of ['PW-3', 'PW-4']) expect(out).not.toContain(secret);
    expect(out).toContain(`postgres://admin:${REDACTED}@db.internal:5432/app`);
    // JSON may escape slashes; a parser still reads the same URL.
    expect(redactBodyText('{"u":"https:\\/\\/u:PW-5@h\\/x"}')).not.toContain('PW-5');
  });

  it('reads un-normalized URLs as a URL parser does', () => {
    for (const url of [
      'https:\\\\u:PW@h.example/',
      'https:/u:PW@h.example/',
      'https:u:PW@h.example/',
      '  https://u:PW@h.example/',
      'https://h.example/?acc\tess_token=PW',
      'https://h.example/?access_to\nken=PW',
      'https://h.example/?x=1#id_tok\ren=PW',
      'HTTPS:\\/u:PW@h.example/',
    ]) {
      expect(redactUrl(url), JSON.stringify(url)).not.toContain('PW');
    }
  });

  it('decodes a percent-encoded URL inside a parameter, nested once more too', () => {
    const inner = 'https://u:PW-1@h.example/cb?token=T-1';
    const once = `https://a.example/login?redirect=${encodeURIComponent(inner)}`;
    const twice = `https://a.example/login?next=${encodeURIComponent(once)}`;
    for (const url of [once, twice]) {
      const out = redactUrl(url);
      expect(out).not.toContain('PW-1');
      expect(out).not.toContain('T-1');
      expect(decodeURIComponent(decodeURIComponent(out))).toContain(REDACTED);
    }
    expect(redactBodyText(`redirect=${encodeURIComponent(inner)}&x=1`)).not.toContain('PW-1');
  });
});

describe('names and shapes still missed', () => {
  it('redacts pass, pin, otp, credentials and X-Amz-Credential parameters', () => {
    const url =
      'https://h.example/x?pass=P1&pin=P2&otp=P3&credentials=P4&X-Amz-Credential=P5&page=2';
    expect(redactUrl(url)).toBe(
      `https://h.example/x?pass=${REDACTED}&pin=${REDACTED}&otp=${REDACTED}&credentials=${REDACTED}&X-Amz-Credential=${REDACTED}&page=2`,
    );
  });

  it("redacts OAuth's code in URLs and form bodies, but not a JSON error code", () => {
    expect(redactUrl('https://app.example/cb?code=C-1&state=s')).toBe(
      `https://app.example/cb?code=${REDACTED}&state=s`,
    );
    expect(redactBodyText('grant_type=authorization_code&code=C-2&redirect_uri=x')).not.toContain(
      'C-2',
    );
    expect(redactBodyText('{"error":{"code":"invalid_token"}}')).toContain('invalid_token');
  });

  it('redacts the headers X-Authentication, X-Credentials, X-Pass, X-OTP, X-Passphrase, X-Client-Cert', () => {
    const names = [
      'X-Authentication',
      'X-Credentials',
      'X-Pass',
      'X-OTP',
      'X-Passphrase',
      'X-Client-Cert',
    ];
    const out = redactHeaders(names.map((name) => ({ name, value: `V-${name}` })));
    expect(out.map((h) => h.value)).toEqual(names.map(() => REDACTED));
  });

  it('redacts URL-encoded JSON inside a form field', () => {
    const field = encodeURIComponent(JSON.stringify({ password: 'PW-1', user: 'bob' }));
    const out = redactBodyText(`data=${field}&x=1`);
    expect(out).not.toContain('PW-1');
    expect(JSON.parse(decodeURIComponent(out.slice(5, out.indexOf('&'))))).toEqual({
      password: REDACTED,
      user: 'bob',
    });
  });

  it('redacts `password = x` and `password: x` in free text', () => {
    expect(redactBodyText('login failed, password = hunter2 (try again)')).toBe(
      `login failed, password = ${REDACTED} (try again)`,
    );
    expect(redactBodyText('config: {user: bob, password: hunter2}')).toBe(
      `config: {user: bob, password: ${REDACTED}}`,
    );
    expect(redactBodyText('Invalid token: Bearer abc123')).toBe(
      `Invalid token: Bearer ${REDACTED}`,
    );
  });

  it('redacts a lowercase basic credential, and keeps prose about basic auth', () => {
    expect(redactBodyText('authorization: basic dXNlcjpwYXNz')).not.toContain('dXNlcjpwYXNz');
    expect(redactBodyText('sent basic dXNlcjpwYXNz here')).toBe(`sent basic ${REDACTED} here`);
    expect(redactBodyText('use basic authentication')).toBe('use basic authentication');
  });

  it('hides an Authorization value without a scheme word whole, in headers and in text', () => {
    expect(redactHeaders(headers({ Authorization: 'sk_live_X more' }))[0]?.value).toBe(REDACTED);
    expect(redactBodyText('curl -H "Authorization: sk_live_X" https://h/')).not.toContain(
      'sk_live_X',
    );
  });

  it('redacts names holding jwt, and session ids: sid, sessionid, *_session', () => {
    const url =
      'https://h.example/x?__clerk_db_jwt=dvb_1&SID=S-2&gsessionid=S-3&app_session=S-4&VER=8';
    expect(redactUrl(url)).toBe(
      `https://h.example/x?__clerk_db_jwt=${REDACTED}&SID=${REDACTED}&gsessionid=${REDACTED}&app_session=${REDACTED}&VER=8`,
    );
    const sentry = '{"sid":"5f9c2b1e8d","did":"user-1","status":"ok"}';
    expect(JSON.parse(redactBodyText(sentry))).toEqual({
      sid: REDACTED,
      did: 'user-1',
      status: 'ok',
    });
    const cookieCurl = toCurl({
      url: 'https://h.example/',
      method: 'GET',
      requestHeaders: headers({ 'X-Clerk-Db-Jwt': 'dvb_2' }),
    });
    expect(cookieCurl).not.toContain('dvb_2');
  });
});

describe('shapes the suite did not hold', () => {
  it('removes a JWT whose parts hold - and _ whole, leaving no tail', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9-_x.eyJzdWIiOiJhLV9iIn0_-y.abc-_def_adQssw5c';
    expect(redactBodyText(jwt)).toBe(REDACTED);
    expect(redactBodyText(`token ${jwt} expired`)).toBe(`token ${REDACTED} expired`);
    expect(redactUrl(`https://h.example/r/${jwt}`)).toBe(`https://h.example/r/${REDACTED}`);
  });

  it('stays fast on a Bearer followed by a long run of dots (was quadratic)', () => {
    const text = `Bearer ${'.'.repeat(20_000)}a`;
    expect(bestTime(() => redactBodyText(text))).toBeLessThan(budget(100));
  });
});
