import { describe, expect, it } from 'vitest';
import { renderTable, sanitize, truncate } from './table';

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcdef', 1)).toBe('a');
  });
});

describe('sanitize', () => {
  it('shows terminal control characters as escapes', () => {
    expect(sanitize('a\u001b[31mred\u009b\nb')).toBe('a\\x1b[31mred\\x9b\\x0ab');
    expect(sanitize('Слишком много запросов')).toBe('Слишком много запросов');
    // Characters outside the BMP and a lone surrogate half stay; DEL and C1 do not.
    expect(sanitize('😀\u007f\ud800\u0080\u00a0')).toBe('😀\\x7f\ud800\\x80\u00a0');
  });
});

describe('renderTable', () => {
  it('aligns columns under a header and a rule, with no trailing spaces', () => {
    const table = renderTable(
      [{ header: 'NAME' }, { header: 'N', align: 'right' }, { header: 'NOTE' }],
      [
        ['a', '1', 'x'],
        ['bbbbbb', '200', ''],
      ],
    );
    expect(table.split('\n')).toEqual([
      'NAME      N  NOTE',
      '------  ---  ----',
      'a         1  x',
      'bbbbbb  200',
    ]);
  });

  it('cuts cells to the column width and sanitizes them first', () => {
    const table = renderTable([{ header: 'URL', maxWidth: 8 }], [['https://example.com/\u001b']]);
    expect(table.split('\n')[2]).toBe('https:/…');
  });
});
