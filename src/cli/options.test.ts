import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from './checkArgs';
import { parseDiffArgs } from './diffArgs';
import { parseOptions } from './options';

describe('parseOptions', () => {
  const spec = { flags: ['--json'], values: ['--host', '--lang'] };

  it('takes --name value and --name=value, repeats, stdin and files after --', () => {
    const parsed = parseOptions(
      ['a.har', '--host', 'x', '--host=y', '-', '--json', '--', '--lang'],
      spec,
    );
    expect(parsed).toEqual({
      files: ['a.har', '-', '--lang'],
      flags: new Set(['--json']),
      values: new Map([['--host', ['x', 'y']]]),
    });
  });

  it('names the option it cannot take', () => {
    expect(parseOptions(['--nope'], spec)).toBe('unknown option: --nope');
    expect(parseOptions(['--json=1'], spec)).toBe('unknown option: --json');
    expect(parseOptions(['--lang'], spec)).toBe('--lang needs a value');
  });
});

describe('check and diff arguments', () => {
  it('default to --fail-on error, --format table, English and factor 2', () => {
    expect(parseCheckArgs(['a.har', 'b.har'])).toEqual({
      kind: 'check',
      args: {
        files: ['a.har', 'b.har'],
        failOn: 'error',
        format: 'table',
        lang: 'en',
        hosts: [],
        pins: [],
      },
    });
    expect(parseDiffArgs(['a.har', 'b.har'])).toEqual({
      kind: 'diff',
      args: { base: 'a.har', next: 'b.har', json: false, factor: 2, lang: 'en', hosts: [] },
    });
  });

  it('take the last of a repeated option and every --host and --pin', () => {
    const parsed = parseCheckArgs([
      'a.har',
      '--fail-on=unknown',
      '--fail-on',
      'violation',
      '--lang=ru',
      '--host',
      '*.example.com',
      '--pin',
      'api.example.com=jsonrpc',
    ]);
    expect(parsed).toMatchObject({
      args: {
        failOn: 'violation',
        lang: 'ru',
        hosts: ['*.example.com'],
        pins: [{ host: 'api.example.com', format: 'jsonrpc' }],
      },
    });
    expect(parseCheckArgs(['a.har', '--lang', 'de'])).toEqual({
      kind: 'usage-error',
      message: '--lang must be one of: en, ru',
    });
    expect(parseCheckArgs(['-', '-'])).toMatchObject({ kind: 'usage-error' });
  });
});
