import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { readXml, type XmlObject, type XmlValue } from './readXml';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

/*
 * Issue 11: random text to the XML reader gives no throw, no hang, and no result that claims a
 * wrong format. Each run is timed: one linear pass must read any of these bodies in well under
 * a millisecond per kilobyte.
 */

const PIECES = [
  '<',
  '>',
  '/>',
  '</',
  '<?xml version="1.0"?>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<!DOCTYPE a [',
  '<!ENTITY e "x">',
  '&',
  '&amp;',
  '&#',
  '&#x',
  ';',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  'Error',
  'Code',
  'Message',
  'RequestId',
  'ErrorResponse',
  'Response',
  'Errors',
  'a:b',
  'x',
  '1',
  '\u0000',
  '\ufeff',
  '<Error>',
  '</Error>',
  '<Code>',
  '</Code>',
  '<ErrorResponse>',
  '</ErrorResponse>',
  '{"error":',
];
const xmlish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  xmlish,
);

/** A small element tree and its serialization, to check what the reader gives back. */
const NAME = fc.constantFrom(
  'Error',
  'Code',
  'Message',
  'RequestId',
  'a',
  'b',
  'ns:c',
  '__proto__',
);
const TEXT = fc.string({ maxLength: 12 });
interface Node {
  readonly name: string;
  readonly content: string | readonly Node[];
}
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: NAME,
    content: fc.oneof(
      { depthSize: 'small' },
      TEXT,
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
    ),
  }),
}));
const escape = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
function serialize(n: Node): string {
  const inner =
    typeof n.content === 'string' ? escape(n.content) : n.content.map(serialize).join('\n');
  return `<${n.name} x="1">${inner}</${n.name}>`;
}
function expected(n: Node): XmlValue {
  if (typeof n.content === 'string') return n.content;
  const out: XmlObject = Object.create(null) as XmlObject;
  for (const child of n.content) {
    const value = expected(child);
    const before = out[child.name];
    if (before === undefined) out[child.name] = value;
    else if (Array.isArray(before)) before.push(value);
    else out[child.name] = [before, value];
  }
  return out;
}

const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

describe('readXml on random text (property-based)', () => {
  it('never throws, never hangs, and gives null or a prototype-free object', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const [read, ms] = timed(() => readXml(text));
        expect(ms).toBeLessThan(50);
        if (read !== null) expect(Object.getPrototypeOf(read)).toBeNull();
      }),
      { numRuns: propertyRuns(1500) },
    );
  });

  it('reads back every well-formed tree it is given', () => {
    fc.assert(
      fc.property(node, (tree) => {
        const read = readXml(`<?xml version="1.0"?>\n${serialize(tree)}\n`);
        expect(read).toEqual({ [tree.name]: expected(tree) });
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('never lets random text claim a format: aws-xml only with an XML Code, no seed format', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(400, 403, 500, 503), (body, status) => {
        const d = decode(
          exchange({
            status,
            body,
            responseHeaders: headers({ 'Content-Type': 'application/xml' }),
            mimeType: 'application/xml',
          }),
        );
        expect(d).not.toBeNull();
        if (d?.format === 'aws-xml') {
          expect(body).toContain('Code>');
          expect(readXml(body)).not.toBeNull();
        } else {
          expect([
            'http',
            'ok-flag',
            'state-meta',
            'success-flag',
            'jsonrpc',
            'numeric-code',
          ]).toContain(d?.format ?? 'http');
          if (readXml(body) !== null) expect(d?.format).toBe('http');
        }
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});
