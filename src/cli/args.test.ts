import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('defaults to English, every host and the table', () => {
    expect(parseArgs(['decode', 'a.har'])).toEqual({
      kind: 'decode',
      args: { file: 'a.har', lang: 'en', hosts: [], pins: [], json: false },
    });
  });

  it('reads every option, in either spelling and any order', () => {
    const command = parseArgs([
      'decode',
      '--json',
      '--host',
      '*.example.com',
      'a.har',
      '--lang=ru',
      '--host=127.0.0.1:8080',
    ]);
    expect(command).toEqual({
      kind: 'decode',
      args: {
        file: 'a.har',
        lang: 'ru',
        hosts: ['*.example.com', '127.0.0.1:8080'],
        pins: [],
        json: true,
      },
    });
  });

  it('takes "-" and anything after "--" as the file', () => {
    expect(parseArgs(['decode', '-'])).toMatchObject({ args: { file: '-' } });
    expect(parseArgs(['decode', '--', '--odd.har'])).toMatchObject({ args: { file: '--odd.har' } });
  });

  it('asks for help wherever --help or -h appears before "--"', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['decode', 'a.har', '-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['decode', '--', '--help'])).toMatchObject({ args: { file: '--help' } });
  });

  it.each([
    [[], 'missing command'],
    [['explain', 'a.har'], 'unknown command: explain'],
    [['decode'], 'missing FILE.har'],
    [['decode', 'a.har', 'b.har'], 'unexpected argument: b.har'],
    [['decode', 'a.har', '--verbose'], 'unknown option: --verbose'],
    [['decode', 'a.har', '--json=yes'], 'unknown option: --json'],
    [['decode', 'a.har', '--lang'], '--lang needs a value'],
    [['decode', 'a.har', '--host'], '--host needs a value'],
    [['decode', 'a.har', '--lang', 'de'], '--lang must be one of: en, ru'],
  ])('rejects %j with "%s"', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});
