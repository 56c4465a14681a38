import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { toCurl } from '../report/curl';
import { supportReport } from '../report/supportReport';
import { REDACTED, redactBodyText, redactUrl } from './redact';

/** Leaks an audit found in what leaves the panel, one `it` per cause. */

function reportOf(message: string): string {
  const ex = exchange({ status: 400, json: { message } });
  const decoded = decode(ex);
  if (decoded === null) throw new Error('not an error');
  return supportReport({ ...ex, decoded }, 'en');
}

describe('leaks the audit found', () => {
  it('decodes the well-formed escapes of a value that holds a malformed one', () => {
    const curl = toCurl({
      url: 'https://h/x',
      method: 'POST',
      requestHeaders: [],
      requestBody: 'payload=%7B%22api_key%22%3A%22SECRET8%22%2C%22note%22%3A%2250%%20off%22%7D',
    });
    expect(curl).not.toContain('SECRET8');
    const url = redactUrl('https://h/login?next=%2Fcb%3Faccess_token%3DSECRET2%26discount%3D50%');
    expect(url).not.toContain('SECRET2');
    // Cut inside an escape by the capture limit.
    expect(redactBodyText('d=%7B%22token%22%3A%22SECRET3%22%2C%22a%22%3A%22%')).not.toContain(
      'SECRET3',
    );
  });

  it('reads a single-quoted key in a server message', () => {
    const report = reportOf("Could not parse {'username': 'bob', 'password': 'Hunter2SECRET'}");
    expect(report).not.toContain('Hunter2SECRET');
    expect(report).toContain("'username': 'bob'");
  });

  it('redacts mid-line Authorization credentials whatever their scheme word', () => {
    for (const value of [
      'Bot MTk4SECRETdiscord.abc',
      'sso-key ABC:SECRET1',
      'Zoho-oauthtoken 1000.SECRET.x',
      'Klaviyo-API-Key pk_SECRET',
      'Digest username="u", response="SECRETdig"',
    ]) {
      const report = reportOf(`Rejected header Authorization: ${value}`);
      expect(report, value).not.toContain('SECRET');
      expect(report, value).toContain('Authorization: ');
    }
  });

  it('redacts a value on the line after its separator', () => {
    const report = reportOf('login failed, password:\nSECRETnl');
    expect(report).not.toContain('SECRETnl');
    expect(report).toContain(`password: ${REDACTED}`);
    expect(redactBodyText('api_key=\nX')).toBe(`api_key=\n${REDACTED}`);
  });

  it('redacts a password with spaces, quoted or in a text/plain form body', () => {
    const body = 'user=bob\r\npassword=correct horse battery staple\r\n';
    const curl = toCurl({
      url: 'https://h/x',
      method: 'POST',
      requestHeaders: [],
      requestBody: body,
    });
    expect(curl).not.toMatch(/horse|battery|staple/);
    expect(redactBodyText("password='correct horse'")).toBe(`password=${REDACTED}`);
    expect(redactBodyText('{"m":"x password=\\"correct horse\\" y"}')).not.toContain('horse');
  });
});
