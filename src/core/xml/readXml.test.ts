import { describe, expect, it } from 'vitest';
import { looksLikeXml, readXml, XML_LIMITS } from './readXml';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('readXml', () => {
  it('reads elements into names, text into strings, repeated names into lists', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<R a="1" b='2'><A>x</A><B/><C>1</C><C>2</C><D><![CDATA[<raw> & ]]></D></R>`;
    expect(plain(readXml(xml))).toEqual({ R: { A: 'x', B: '', C: ['1', '2'], D: '<raw> & ' } });
  });

  it('decodes the predefined entities and character references', () => {
    expect(plain(readXml('<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x263A;</a>'))).toEqual({
      a: '<>&"\'A☺',
    });
  });

  it('gives objects without a prototype, so "__proto__" is a plain name', () => {
    const read = readXml('<__proto__><polluted>1</polluted></__proto__>');
    expect(Object.getPrototypeOf(read)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a DOCTYPE, so no entity expands and no external reference is followed', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<lolz>&lol2;</lolz>`;
    expect(readXml(laughs)).toBeNull();
    const xxe = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>';
    expect(readXml(xxe)).toBeNull();
    expect(readXml('<foo>&xxe;</foo>')).toBeNull(); // an undeclared entity
  });

  it('refuses what is not well-formed', () => {
    for (const bad of [
      '',
      'plain text',
      '<a>',
      '<a></b>',
      '<a><b></a></b>',
      '<a/><b/>',
      'x<a/>',
      '<a/>x',
      '<a x=1/>',
      '<a x="<"/>',
      '<a>&amp</a>',
      '<a>&#0;</a>',
      '<a>&#xD800;</a>',
      '<1a/>',
      '<a><!-- x -- y --></a>',
      '<a>]]></a>',
      '<![CDATA[x]]>',
      '<a',
      '<a b="c',
      '<a><!-- open',
    ]) {
      expect(readXml(bad), bad).toBeNull();
    }
  });

  it('bounds depth, element count and size', () => {
    const deep = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    expect(readXml(deep(XML_LIMITS.maxDepth))).not.toBeNull();
    expect(readXml(deep(XML_LIMITS.maxDepth + 1))).toBeNull();
    expect(readXml(deep(100_000))).toBeNull();
    expect(readXml(`<r>${'<a/>'.repeat(XML_LIMITS.maxElements)}</r>`)).toBeNull();
    expect(readXml(`<r>${'x'.repeat(XML_LIMITS.maxChars)}</r>`)).toBeNull();
  });

  it('sniffs a tag, not an HTML page', () => {
    expect(looksLikeXml('\ufeff  <?xml version="1.0"?><Error/>')).toBe(true);
    expect(looksLikeXml('<Error><Code>x</Code></Error>')).toBe(true);
    expect(looksLikeXml('<!DOCTYPE html><html></html>')).toBe(false);
    expect(looksLikeXml('<HTML><body>502</body></HTML>')).toBe(false);
    expect(looksLikeXml('{"error":1}')).toBe(false);
    expect(looksLikeXml(' \n <!doctype html>')).toBe(false);
    // Only the first tag counts: "<html" further on is an error message's text.
    expect(looksLikeXml('<Error><Message>got <html> back</Message></Error>')).toBe(true);
  });
});
