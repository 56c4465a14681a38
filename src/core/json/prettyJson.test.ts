import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestTime, budget } from '../../../test/helpers/timing';
import { prettyBody, prettySizeBound, PRETTY_MAX_CHARS } from './prettyJson';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

describe('prettyBody', () => {
  it('pretty-prints JSON and leaves other text alone', () => {
    expect(prettyBody('{"a":[1]}')).toEqual({
      text: '{\n  "a": [\n    1\n  ]\n}',
      indented: true,
      tooLarge: false,
    });
    expect(prettyBody('<b>x</b>')).toEqual({ text: '<b>x</b>', indented: false, tooLarge: false });
    expect(prettyBody('')).toEqual({ text: '', indented: false, tooLarge: false });
    expect(prettyBody(' \n')).toEqual({ text: ' \n', indented: false, tooLarge: false });
  });

  it('survives a body nested too deep to stringify', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(prettyBody(deep)).toEqual({ text: deep, indented: false, tooLarge: true });
  });

  it('never builds a pretty form past the bound: 140 KB of nesting stays as sent, at once', () => {
    const nested = '['.repeat(70_000) + ']'.repeat(70_000); // was 490 million characters
    expect(bestTime(() => prettyBody(nested))).toBeLessThan(budget(100));
    expect(prettyBody(nested)).toEqual({ text: nested, indented: false, tooLarge: true });
    const wide = `[${Array.from({ length: 30_000 }, () => '[[1e20]]').join(',')}]`;
    expect(prettyBody(wide).tooLarge).toBe(true);
    expect(prettyBody(wide, 100 * PRETTY_MAX_CHARS).indented).toBe(true);
  });

  it('bounds the pretty size from above, and tightly for plain JSON', () => {
    const json = fc.jsonValue({ maxDepth: 6 });
    fc.assert(
      fc.property(json, fc.boolean(), (value, spaced) => {
        const text = JSON.stringify(value, null, spaced ? 1 : undefined) ?? 'null';
        const pretty = JSON.stringify(JSON.parse(text), null, 2);
        expect(prettySizeBound(text, Infinity)).toBeGreaterThanOrEqual(pretty.length);
      }),
      { numRuns: propertyRuns(1000) },
    );
    const obj = '{"a":1,"b":[true,null],"c":"x"}';
    expect(prettySizeBound(obj, Infinity)).toBe(JSON.stringify(JSON.parse(obj), null, 2).length);
    expect(prettySizeBound(obj, 10)).toBe(Infinity);
  });

  it('counts escapes, lone surrogates and exponents at their longest', () => {
    for (const text of [
      '["\\u00e9\\n"]',
      '["\ud800"]',
      '[1e20,-1E+21,5e-7]',
      '{"a":{}}',
      '[[],[]]',
    ]) {
      const pretty = prettyBody(text, Infinity).text;
      expect(prettySizeBound(text, Infinity), text).toBeGreaterThanOrEqual(pretty.length);
    }
  });
});

describe('prettySizeBound: edges', () => {
  const obj = '{"a":1,"b":[true,null],"c":"x"}';
  const exact = JSON.stringify(JSON.parse(obj), null, 2).length;

  it('does not count whitespace between tokens', () => {
    const spaced = ' {\n\t"a" : 1 ,\r\n "b":[ true , null ],"c":"x" } ';
    expect(prettySizeBound(spaced, Infinity)).toBe(exact);
  });

  it('gives up only past the bound', () => {
    expect(prettySizeBound(obj, exact)).toBe(exact);
    expect(prettySizeBound(obj, exact - 1)).toBe(Infinity);
    expect(prettyBody(obj, exact).indented).toBe(true);
    expect(prettyBody(obj, exact - 1)).toEqual({ text: obj, indented: false, tooLarge: true });
  });

  it('counts any exponent, and numbers from 0 to 9, at their printed length', () => {
    for (const text of ['[1e20]', '[9e20]', '[1E21]', '[-9E+21]', '["\udfff"]', '["\udc00x"]']) {
      const pretty = JSON.stringify(JSON.parse(text), null, 2);
      expect(prettySizeBound(text, Infinity), text).toBeGreaterThanOrEqual(pretty.length);
    }
  });
});

describe('prettyBody: edges', () => {
  it('never calls text that is not JSON too large', () => {
    expect(prettyBody('x'.repeat(100), 10)).toEqual({
      text: 'x'.repeat(100),
      indented: false,
      tooLarge: false,
    });
  });

  it('shows as sent, too large, a body nested deeper than stringify can go, whatever the bound', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(prettyBody(deep, Infinity)).toEqual({ text: deep, indented: false, tooLarge: true });
  });
});
