/**
 * RFC 9651 Structured Field Values, parsed by `structured-headers` (Evert Pot): a tested parser
 * of the whole RFC, with no eval, run only on the few fields that are structured. A field that
 * does not parse is `null`: a malformed structured field is ignored as a whole (RFC 9651 §4.2).
 */
import { parseDictionary, parseList, type BareItem, type Item } from 'structured-headers';

export type { BareItem, Item };
export type SfList = ReturnType<typeof parseList>;
export type SfDictionary = ReturnType<typeof parseDictionary>;

/**
 * A field's lines as one value: RFC 9651 §4.2 joins them with a comma. DevTools gives repeated
 * headers either as separate entries or as one value with newlines between them.
 */
export function joinFieldLines(lines: readonly string[]): string {
  return lines.join(',').replace(/\n/g, ',');
}

export function parseSfList(value: string): SfList | null {
  try {
    return parseList(value);
  } catch {
    return null;
  }
}

export function parseSfDictionary(value: string): SfDictionary | null {
  try {
    return parseDictionary(value);
  } catch {
    return null;
  }
}

/** A list or dictionary member that is an Item, not an Inner List. */
export function asItem(member: SfList[number] | undefined): Item | null {
  if (member === undefined || Array.isArray(member[0])) return null;
  return member as Item;
}

/** An Integer that is not negative (RFC 9651 Integers are whole and at most 15 digits). */
export function nonNegativeInteger(value: BareItem | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

// Strings and Byte Sequences hold text that only looks like a number.
const OPAQUE = /"(?:[^"\\]|\\.)*"|:[A-Za-z0-9+/=]*:/g;
// A key starts with a lower-case letter or "*", and a Token with a letter: neither with a digit.
const DECIMAL_VALUE = /([a-z*][a-z0-9_.*-]*)=-?\d+\.\d/g;
const DECIMAL_ITEM = /(?:^|[,(\s])-?\d+\.\d/;

/** Where a field's text holds a Decimal: the keys whose value is one, and whether an Item is. */
export interface Decimals {
  readonly keys: ReadonlySet<string>;
  readonly item: boolean;
}

/**
 * The Decimals of a field that parsed. The parser returns a number for an Integer and for a
 * Decimal alike, so `30.0` would pass for the Integer 30; RFC 9651 §3.3 makes them two types,
 * and a field that gives a Decimal where its definition wants an Integer is malformed.
 */
export function decimalsOf(field: string): Decimals {
  const text = field.replace(OPAQUE, '""');
  const keys = new Set<string>();
  for (const match of text.matchAll(DECIMAL_VALUE)) if (match[1] !== undefined) keys.add(match[1]);
  return { keys, item: DECIMAL_ITEM.test(text) };
}

/** Whether `decimals` has an Item, or a value under any of `keys`, that is a Decimal. */
export function hasDecimal(decimals: Decimals, keys: readonly string[], items = true): boolean {
  return (items && decimals.item) || keys.some((key) => decimals.keys.has(key));
}

/** A Byte Sequence, as base64 for display. */
export function byteSequence(value: BareItem | undefined): string | null {
  if (!(value instanceof ArrayBuffer)) return null;
  let binary = '';
  for (const byte of new Uint8Array(value)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
