import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { parseReportArgs } from './reportArgs';

describe('report arguments', () => {
  it('reads --entry, --lang and --curl, in any order and either spelling', () => {
    expect(parseArgs(['report', '--entry', '3', 'a.har'])).toEqual({
      kind: 'report',
      args: { file: 'a.har', entry: 3, lang: 'en', curl: false },
    });
    expect(parseReportArgs(['a.har', '--lang=ru', '--entry=0', '--curl'])).toEqual({
      kind: 'report',
      args: { file: 'a.har', entry: 0, lang: 'ru', curl: true },
    });
    expect(parseReportArgs(['--entry', '1', '--', '-odd.har'])).toMatchObject({
      args: { file: '-odd.har', entry: 1 },
    });
    expect(parseReportArgs(['--entry', '1', '-'])).toMatchObject({ args: { file: '-' } });
  });

  it('says what is wrong in one line', () => {
    const message = (argv: string[]) => {
      const c = parseReportArgs(argv);
      return c.kind === 'usage-error' ? c.message : '';
    };
    expect(message(['a.har'])).toBe('report needs --entry N');
    expect(message(['--entry', 'x', 'a.har'])).toBe('--entry must be a number from 0: x');
    expect(message(['--entry', '-1', 'a.har'])).toBe('--entry must be a number from 0: -1');
    expect(message(['--entry'])).toBe('--entry needs a value');
    expect(message(['--entry', '1'])).toBe('missing FILE.har');
    expect(message(['--entry', '1', 'a.har', 'b.har'])).toBe('unexpected argument: b.har');
    expect(message(['--entry', '1', '--json', 'a.har'])).toBe('unknown option: --json');
    expect(message(['--entry', '1', '--lang', 'de', 'a.har'])).toBe(
      '--lang must be one of: en, ru',
    );
  });

  it('help wins, as for decode', () => {
    expect(parseArgs(['report', '--entry', '1', '--help'])).toEqual({ kind: 'help' });
  });
});
