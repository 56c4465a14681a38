import { describe, expect, it } from 'vitest';
import { bodyText, MAX_PARSE_CHARS, mayHoldErrorEnvelope, parseJson } from './body';

describe('bodyText', () => {
  it('gives null for no body, and plain text as it is', () => {
    expect(bodyText({ body: null, bodyEncoding: 'plain' })).toBeNull();
    expect(bodyText({ body: undefined as unknown as null, bodyEncoding: 'plain' })).toBeNull();
    expect(bodyText({ body: '{"a":1}', bodyEncoding: 'plain' })).toBe('{"a":1}');
    expect(bodyText({ body: '', bodyEncoding: 'plain' })).toBe('');
  });

  it('decodes base64 as UTF-8 bytes, line breaks aside', () => {
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode('{"m":"ошибка €"}')));
    expect(bodyText({ body: b64, bodyEncoding: 'base64' })).toBe('{"m":"ошибка €"}');
    const wrapped = `${b64.slice(0, 8)}\r\n ${b64.slice(8)}`;
    expect(bodyText({ body: wrapped, bodyEncoding: 'base64' })).toBe('{"m":"ошибка €"}');
    // Plain text that merely looks like base64 stays as sent.
    expect(bodyText({ body: 'aGk=', bodyEncoding: 'plain' })).toBe('aGk=');
  });

  it('gives null for base64 that does not decode', () => {
    expect(bodyText({ body: 'not base64!', bodyEncoding: 'base64' })).toBeNull();
  });

  it('drops a byte-order mark, only at the start', () => {
    expect(bodyText({ body: '\uFEFF{"a":1}', bodyEncoding: 'plain' })).toBe('{"a":1}');
    expect(bodyText({ body: 'a\uFEFF', bodyEncoding: 'plain' })).toBe('a\uFEFF');
    expect(bodyText({ body: btoa('\xEF\xBB\xBF[1]'), bodyEncoding: 'base64' })).toBe('[1]');
  });
});

describe('parseJson', () => {
  it('tells a missing body from an empty one', () => {
    expect(parseJson(null)).toEqual({ ok: false, reason: 'unavailable' });
    expect(parseJson('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseJson(' \n\r\t ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('parses objects and arrays after leading whitespace', () => {
    expect(parseJson(' \n\r\t{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
    expect(parseJson('[true]')).toEqual({ ok: true, value: [true] });
  });

  it('takes only objects and arrays: a bare scalar or broken JSON is not an envelope', () => {
    for (const text of ['"error"', '42', 'null', 'true', '<html>', '{"a":', '[1,]'])
      expect(parseJson(text), text).toEqual({ ok: false, reason: 'not-json' });
  });

  it('refuses bodies past the parse limit, and parses one at the limit', () => {
    const at = `[${' '.repeat(MAX_PARSE_CHARS - 2)}]`;
    expect(at).toHaveLength(MAX_PARSE_CHARS);
    expect(parseJson(at)).toEqual({ ok: true, value: [] });
    expect(parseJson(`${at} `)).toEqual({ ok: false, reason: 'too-large' });
    expect(MAX_PARSE_CHARS).toBe(4 * 1024 * 1024);
  });
});

describe('mayHoldErrorEnvelope', () => {
  it('needs an object or array holding an "error… key', () => {
    expect(mayHoldErrorEnvelope('{"ok":false,"error":"x"}')).toBe(true);
    expect(mayHoldErrorEnvelope('\n [{"errors":[]}]')).toBe(true);
    expect(mayHoldErrorEnvelope('{"ok":true}')).toBe(false);
    expect(mayHoldErrorEnvelope('"error"')).toBe(false);
    expect(mayHoldErrorEnvelope('error {"error"}')).toBe(false);
    expect(mayHoldErrorEnvelope('')).toBe(false);
  });
});
