import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { codeSpan, supportReport } from './supportReport';

describe('codeSpan', () => {
  it('puts the value on one line: every run of white space becomes one space, ends trimmed', () => {
    expect(codeSpan('  a \n\t b  ')).toBe('`a b`');
  });

  it('pads a value that starts or ends with a backtick', () => {
    expect(codeSpan('a`')).toBe('`` a` ``');
    expect(codeSpan('`a')).toBe('`` `a ``');
  });
});

describe('supportReport: message length', () => {
  const withMessage = (message: string) => {
    const ex = exchange({ status: 500, json: { ok: false, error: { code: 'E', message } } });
    const decoded = decode(ex);
    if (decoded === null) throw new Error('not an error');
    return supportReport({ ...ex, decoded }, 'en');
  };

  it('quotes a message of 1,000 characters whole, and cuts a longer one with …', () => {
    expect(withMessage('m'.repeat(1000))).toContain(`\`${'m'.repeat(1000)}\``);
    expect(withMessage('m'.repeat(1001))).toContain(`\`${'m'.repeat(1000)}…\``);
  });
});
