import { spawnSync } from 'node:child_process';
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

  it("quotes a word starting with - or =, and spells control characters as $'\\xNN'", () => {
    expect(shellQuote('-x')).toBe("'-x'");
    expect(shellQuote('=ls')).toBe("'=ls'");
    expect(shellQuote('a\u001b]0;pwned\u0007b')).toBe("$'a\\x1b]0;pwned\\x07b'");
    expect(shellQuote("it's\\\n")).toBe("$'it\\'s\\\\\\x0a'");
    expect(shellQuote('\u009b')).toBe("$'\\x9b'");
  });
});

/** The words bash reads from a command line, `curl` replaced by a printer of its arguments. */
function argv(command: string): string[] {
  const result = spawnSync(
    'bash',
    ['-c', `args() { printf '%s\\0' "$@"; }; ${command.replace(/^curl/, 'args')}`],
    {
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\0').slice(0, -1);
}

describe('toCurl through a real shell', () => {
  it('puts the URL last, after --, so a URL starting with - is no option', () => {
    const cmd = toCurl({ url: '-o/tmp/x http://evil/', method: 'GET', requestHeaders: [] });
    expect(argv(cmd)).toEqual(['--', '-o/tmp/x http://evil/']);
  });

  it('passes every hostile word as it was, none of it run or expanded', () => {
    const hostile = '$(touch /tmp/pwned) `id` ${HOME} \'q\' "d" \\ ; | & * ~ \u001b[31m';
    const cmd = toCurl({
      url: `https://h.example/?q=${encodeURIComponent(hostile)}`,
      method: `X${hostile}`,
      requestHeaders: [{ name: 'X-Note', value: hostile }],
      requestBody: hostile,
    });
    expect(cmd).not.toContain('\u001b');
    expect(argv(cmd)).toEqual([
      '-X',
      `X${hostile}`.toUpperCase(),
      '-H',
      `X-Note: ${hostile}`,
      '--data-raw',
      hostile,
      '--',
      `https://h.example/?q=${encodeURIComponent(hostile)}`,
    ]);
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
        'curl',
        "-H 'Accept: application/json'",
        "-H 'X-Request-Id: r-1'",
        '-- https://api.example.com/v1/x',
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
        'curl',
        '-X POST',
        "-H 'content-type: application/json'",
        "-H 'X-Empty;'",
        '--compressed',
        `--data-raw '{"q":"it'\\''s"}'`,
        '-- https://h.example/rpc',
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
      "--globoff \\\n  -- 'https://h.example/x?access_token=[REDACTED]&page=1'",
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
