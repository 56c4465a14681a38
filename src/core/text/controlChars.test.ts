import { describe, expect, it } from 'vitest';
import { escapeControls, escapeJsonControls, isControlCode, jsonText } from './controlChars';

// The char-by-char definitions the fast versions replaced: their output must not change.
function escapeOneByOne(text: string, keep = ''): string {
  let out = '';
  for (const ch of text.split('')) {
    const code = ch.charCodeAt(0);
    out +=
      isControlCode(code) && !keep.includes(ch) ? `\\x${code.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

const EVERY_CHAR = Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code)).join('');

describe('isControlCode', () => {
  it('draws each range at its exact ends: C0 below U+0020, DEL to U+009F', () => {
    for (const code of [0x00, 0x1f, 0x7f, 0x9b, 0x9f]) expect(isControlCode(code)).toBe(true);
    for (const code of [0x20, 0x7e, 0xa0, 0xff]) expect(isControlCode(code)).toBe(false);
  });
});

describe('escapeControls', () => {
  it('spells every C0, DEL and C1 control as \\xNN and leaves the rest', () => {
    expect(escapeControls(EVERY_CHAR)).toBe(escapeOneByOne(EVERY_CHAR));
    expect(escapeControls('a\x1b[2Jb\x9bc\x7f')).toBe('a\\x1b[2Jb\\x9bc\\x7f');
  });

  it('keeps what `keep` lists, and only that', () => {
    for (const keep of ['\n', '\n\t', '\r\n\x1b'])
      expect(escapeControls(EVERY_CHAR, keep)).toBe(escapeOneByOne(EVERY_CHAR, keep));
    expect(escapeControls('a\nb\tc', '\n')).toBe('a\nb\\x09c');
  });

  it('returns text without controls as it is', () => {
    expect(escapeControls('Ошибка: 429 — wait')).toBe('Ошибка: 429 — wait');
  });
});

describe('escapeJsonControls', () => {
  it('spells DEL and C1 as \\u00NN and keeps the JSON value', () => {
    const json = JSON.stringify({ text: EVERY_CHAR });
    const escaped = escapeJsonControls(json);
    expect(escaped).not.toMatch(/[\u007f-\u009f]/);
    expect(JSON.parse(escaped)).toEqual({ text: EVERY_CHAR });
    expect(escapeJsonControls('"\u009b"')).toBe('"\\u009b"');
  });
});

describe('jsonText', () => {
  it('is JSON.stringify with DEL and C1 escaped, indented when asked', () => {
    expect(jsonText({ a: '\u0085\u007f' })).toBe('{"a":"\\u0085\\u007f"}');
    expect(jsonText({ a: '\u009b' }, 2)).toBe('{\n  "a": "\\u009b"\n}');
    expect(escapeControls(jsonText({ text: EVERY_CHAR }), '\n')).toBe(
      jsonText({ text: EVERY_CHAR }),
    );
  });
});

describe('escapeJsonControls on any text', () => {
  it('leaves no control but the line feed, so a terminal is safe even from non-JSON text', () => {
    const escaped = escapeJsonControls(`a${EVERY_CHAR}\n`);
    // EVERY_CHAR's own line feed, and the last one.
    expect([...escaped].filter((ch) => isControlCode(ch.charCodeAt(0)))).toEqual(['\n', '\n']);
    expect(escaped.endsWith('\n')).toBe(true);
    expect(escapeJsonControls('\u0007\u001b')).toBe('\\u0007\\u001b');
  });
});
