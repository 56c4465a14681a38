import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { shellQuote, toCurl } from './curl';

describe('shellQuote', () => {
  it('single-quotes anything a POSIX shell could read differently', () => {
    expect(shellQuote('GET')).toBe('GET');
    expect(shellQuote('https://h.example/a?b=1')).toBe("'https://h.example/a?b=1'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('$(rm -rf ~) `x` "y"')).toBe(`'$(rm -rf ~) \`x\` "y"'`);
    expect(shellQuote('')).toBe("''");
  });
});

describe('toCurl', () => {
  it('builds a GET with its headers, one option per line', () => {
    expect(
      toCurl({
        url: 'https://api.example.com/v1/x',
        method: 'GET',
        requestHeaders: headers({ Accept: 'application/json', 'X-Request-Id': 'r-1' }),
      }),
    ).toBe(
      [
        'curl https://api.example.com/v1/x',
        "-H 'Accept: application/json'",
        "-H 'X-Request-Id: r-1'",
      ].join(' \\\n  '),
    );
  });

  it('adds -X, the body, and skips what curl computes itself', () => {
    const cmd = toCurl({
      url: 'https://h.example/rpc',
      method: 'post',
      requestHeaders: [
        { name: ':authority', value: 'h.example' },
        { name: 'content-length', value: '42' },
        { name: 'Host', value: 'h.example' },
        { name: 'accept-encoding', value: 'gzip, br' },
        { name: 'content-type', value: 'application/json' },
        { name: 'X-Empty', value: '' },
      ],
      requestBody: `{"q":"it's"}`,
    });
    expect(cmd).toBe(
      [
        'curl https://h.example/rpc',
        '-X POST',
        "-H 'content-type: application/json'",
        "-H 'X-Empty;'",
        '--compressed',
        `--data-raw '{"q":"it'\\''s"}'`,
      ].join(' \\\n  '),
    );
  });

  it('redacts headers, query parameters and the body; placeholders are not URL globs', () => {
    const cmd = toCurl({
      url: 'https://h.example/x?access_token=T1&page=1',
      method: 'PUT',
      requestHeaders: headers({
        Authorization: 'Bearer T2',
        Cookie: 'sid=T3',
        'X-Api-Key': 'T4',
      }),
      requestBody: 'user=bob&password=T5',
    });
    for (const secret of ['T1', 'T2', 'T3', 'T4', 'T5']) expect(cmd).not.toContain(secret);
    expect(cmd).toContain(
      "curl 'https://h.example/x?access_token=[REDACTED]&page=1' \\\n  --globoff",
    );
    expect(cmd).toContain("-H 'Authorization: Bearer [REDACTED]'");
    expect(cmd).toContain("-H 'Cookie: [REDACTED]'");
    expect(cmd).toContain("--data-raw 'user=bob&password=[REDACTED]'");
  });

  it('uses --head for HEAD and quotes a hostile method', () => {
    expect(toCurl({ url: 'https://h/', method: 'HEAD', requestHeaders: [] })).toContain('--head');
    expect(toCurl({ url: 'https://h/', method: 'X;rm -rf /', requestHeaders: [] })).toContain(
      "-X 'X;RM -RF /'",
    );
  });
});
