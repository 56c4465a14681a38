/*
 * A strict reader for the XML that API errors use: elements, attributes (read past, not kept),
 * text, CDATA, comments, processing instructions and the five predefined entities plus
 * character references. Anything else, a DOCTYPE above all, makes the body "not XML": there is
 * no DTD, so no entity can expand and no external reference can be followed. One linear pass,
 * bounded in size, depth and element count. It needs no DOMParser, so it runs in the service
 * worker, the panel and Node alike.
 */

export const XML_LIMITS = { maxChars: 1024 * 1024, maxDepth: 32, maxElements: 10_000 } as const;

/** An element's value: its text when it holds no element, else its children by name. */
export type XmlValue = string | XmlObject;
export interface XmlObject {
  [name: string]: XmlValue | XmlValue[];
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

class NotXml extends Error {}
const fail = (): never => {
  throw new NotXml();
};

function isNameStart(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 58 || // :
    code >= 0xc0
  );
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** `&amp;` → `&`, `&#65;` → `A`; an entity the document did not predefine is not XML. */
function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let from = 0;
  for (let at = raw.indexOf('&'); at >= 0; at = raw.indexOf('&', from)) {
    const end = raw.indexOf(';', at);
    if (end < 0 || end - at > 12) fail();
    out += raw.slice(from, at);
    const name = raw.slice(at + 1, end);
    if (name.startsWith('#')) {
      const hex = name[1] === 'x';
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) fail();
      const code = parseInt(digits, hex ? 16 : 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) fail();
      out += String.fromCodePoint(code);
    } else {
      const char = PREDEFINED[name];
      if (char === undefined || !Object.prototype.hasOwnProperty.call(PREDEFINED, name)) fail();
      out += char;
    }
    from = end + 1;
  }
  return out + raw.slice(from);
}

interface Frame {
  readonly name: string;
  readonly children: XmlObject;
  hasChildren: boolean;
  text: string;
}

function newObject(): XmlObject {
  return Object.create(null) as XmlObject;
}

/** A child under its name; a name seen twice becomes a list, in document order. */
function addChild(parent: Frame, name: string, value: XmlValue): void {
  const { children } = parent;
  parent.hasChildren = true;
  const before = children[name];
  if (before === undefined) children[name] = value;
  else if (Array.isArray(before)) before.push(value);
  else children[name] = [before, value];
}

const valueOf = (frame: Frame): XmlValue => (frame.hasChildren ? frame.children : frame.text);

/** Reads a tag's name at `at`; returns the index after it. */
function readName(text: string, at: number): number {
  if (!isNameStart(text.charCodeAt(at))) fail();
  let end = at + 1;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  return end;
}

/** Past a start tag's attributes to its `>` or `/>`; returns [index after, self-closing]. */
function skipAttributes(text: string, at: number): [number, boolean] {
  let i = at;
  for (;;) {
    const spaced = i < text.length && isSpace(text.charCodeAt(i));
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    if (c === '>') return [i + 1, false];
    if (c === '/' && text[i + 1] === '>') return [i + 2, true];
    if (!spaced) fail();
    i = readName(text, i);
    while (isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '=') fail();
    i++;
    while (isSpace(text.charCodeAt(i))) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return fail();
    const end = text.indexOf(quote, i + 1);
    if (end < 0) fail();
    const value = text.slice(i + 1, end);
    if (value.includes('<')) fail();
    decodeText(value); // checks its references; attributes are not kept
    i = end + 1;
  }
}

/** The index after `close`, searched from `from`; not XML when it is missing. */
function past(text: string, from: number, close: string): number {
  const end = text.indexOf(close, from);
  if (end < 0) fail();
  return end + close.length;
}

/** `<!--…-->`, `<?…?>`, `<![CDATA[…]]>` at `at`; anything else after `<!`, DOCTYPE included, is not XML. */
function readMarkup(text: string, at: number, frame: Frame | null): number {
  if (text.startsWith('<!--', at)) {
    const end = past(text, at + 4, '-->');
    if (text.slice(at + 4, end - 3).includes('--')) fail();
    return end;
  }
  if (text.startsWith('<?', at)) return past(text, at + 2, '?>');
  if (text.startsWith('<![CDATA[', at)) {
    if (frame === null) fail();
    const end = past(text, at + 9, ']]>');
    (frame as Frame).text += text.slice(at + 9, end - 3);
    return end;
  }
  return fail();
}

function parse(text: string): XmlObject {
  const stack: Frame[] = [];
  const root = newObject();
  let rootSeen = false;
  let elements = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    const top = stack.at(-1);
    if (end > i) {
      const raw = text.slice(i, end);
      if (top === undefined) {
        if (raw.trim() !== '') fail(); // text outside the root element
      } else {
        if (raw.includes(']]>')) fail();
        top.text += decodeText(raw);
      }
    }
    if (lt < 0) break;
    const next = text[lt + 1];
    if (next === '!' || next === '?') {
      i = readMarkup(text, lt, top ?? null);
    } else if (next === '/') {
      const nameEnd = readName(text, lt + 2);
      const name = text.slice(lt + 2, nameEnd);
      let j = nameEnd;
      while (isSpace(text.charCodeAt(j))) j++;
      if (text[j] !== '>' || top === undefined || top.name !== name) fail();
      stack.pop();
      const parent = stack.at(-1);
      if (parent === undefined) root[name] = valueOf(top as Frame);
      else addChild(parent, name, valueOf(top as Frame));
      i = j + 1;
    } else {
      const nameEnd = readName(text, lt + 1);
      const name = text.slice(lt + 1, nameEnd);
      if (top === undefined && rootSeen) fail(); // a second root element
      if (++elements > XML_LIMITS.maxElements || stack.length >= XML_LIMITS.maxDepth) fail();
      const [after, selfClosing] = skipAttributes(text, nameEnd);
      if (top === undefined) rootSeen = true;
      if (selfClosing) {
        if (top === undefined) root[name] = '';
        else addChild(top, name, '');
      } else {
        stack.push({ name, children: newObject(), hasChildren: false, text: '' });
      }
      i = after;
    }
  }
  if (stack.length > 0 || !rootSeen) fail();
  return root;
}

/**
 * The document as plain data, `{"ErrorResponse": {"Error": {"Code": "…"}, "RequestId": "…"}}`
 * (objects without prototypes, names as written, attributes dropped), or `null` when the text
 * is not well-formed XML of this subset or exceeds the limits. Never throws.
 */
export function readXml(text: string): XmlObject | null {
  if (text.length > XML_LIMITS.maxChars) return null;
  try {
    return parse(text);
  } catch {
    // NotXml for a malformed body; anything else would be a bug here, and still no crash.
    return null;
  }
}

/** Whether a text that is not JSON may be XML worth reading: it starts with a tag, not HTML. */
export function looksLikeXml(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text[i] !== '<') return false;
  // A sticky test at i: no copy of the head of a page that may be megabytes long.
  HTML_START.lastIndex = i;
  return !HTML_START.test(text);
}

const HTML_START = /<!doctype|<html/iy;
