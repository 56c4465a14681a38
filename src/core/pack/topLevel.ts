import type { Condition, JsonType } from './packTypes';
import { isIndexToken, parsePointer } from './pointer';

/**
 * What a pack's conditions need of a body's top-level members, read once per body, so that the
 * decoder skips a pack that cannot hold without walking its conditions. Walking them cost ~200 ns
 * a pack for each pack tried before the one that claims the body: most of a small error's decode
 * time. The test is conservative: a pack is skipped only when neither its match nor its success
 * conditions can hold.
 */

// A JSON value's class, as a bit.
const OBJECT = 1;
const ARRAY = 2;
const STRING = 4;
const NUMBER = 8;
const BOOLEAN = 16;
const NULL = 32;
const ANY = OBJECT | ARRAY | STRING | NUMBER | BOOLEAN | NULL;

const TYPE_CLASS: Readonly<Record<JsonType, number>> = {
  object: OBJECT,
  array: ARRAY,
  string: STRING,
  number: NUMBER,
  integer: NUMBER,
  boolean: BOOLEAN,
  null: NULL,
};

function classOf(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return STRING;
    case 'number':
      return NUMBER;
    case 'boolean':
      return BOOLEAN;
    case 'object':
      return value === null ? NULL : Array.isArray(value) ? ARRAY : OBJECT;
    default:
      return 0;
  }
}

// Top-level member names that some pack needs, each with a bit: a 31-bit mask per body. Names
// past the 31st (many user packs) are not indexed, and a need of one is dropped: still sound.
const MAX_NAMES = 31;
const NAME_INDEX = new Map<string, number>();
const NAMES: string[] = []; // by index

function indexOf(name: string): number | undefined {
  const known = NAME_INDEX.get(name);
  if (known !== undefined || NAME_INDEX.size >= MAX_NAMES) return known;
  NAME_INDEX.set(name, NAME_INDEX.size);
  NAMES.push(name);
  return NAME_INDEX.size - 1;
}

/** Needs that must all hold: member `names[i]` present, its class among `classes[i]`. */
export interface TopLevelNeeds {
  readonly names: readonly number[];
  readonly classes: readonly number[];
}

/** The classes a condition on a member's own value accepts; `undefined` when absence may pass. */
function valueClasses(c: Condition): number | undefined {
  // The order of valueTest in conditions.ts: the first test a condition names is the one run.
  if (c.exists !== undefined) return c.exists ? ANY : undefined;
  if (c.equals !== undefined) return classOf(c.equals);
  if (c.type !== undefined) return TYPE_CLASS[c.type];
  if (c.oneOf !== undefined) return c.oneOf.reduce<number>((all, v) => all | classOf(v), 0);
  if (c.between !== undefined) return NUMBER;
  if (c.keysIn !== undefined) return OBJECT;
  if (c.contains !== undefined) return STRING;
  return 0; // a condition with no test never holds
}

/** Adds the needs of conditions that must all hold; combined ones only through allOf. */
function collect(conditions: readonly Condition[], out: Map<number, number>): void {
  for (const c of conditions) {
    // The precedence of compileCondition: a combination, or a context test, before a path.
    if (c.anyOf !== undefined) continue;
    if (c.allOf !== undefined) {
      collect(c.allOf, out);
      continue;
    }
    if (c.not !== undefined || c.of !== undefined) continue;
    if (c.mediaType !== undefined || c.httpStatus !== undefined || c.header !== undefined) continue;
    const pointer = parsePointer(c.path ?? '');
    const [first, second] = pointer ?? [];
    if (first === undefined) continue;
    const own = valueClasses(c);
    if (own === undefined) continue;
    // Deeper pointers step into the member: an object, or an array for an index token.
    const classes = second === undefined ? own : OBJECT | (isIndexToken(second) ? ARRAY : 0);
    const index = indexOf(first);
    if (index === undefined) continue;
    out.set(index, (out.get(index) ?? ANY) & classes);
  }
}

function needsOf(conditions: readonly Condition[]): TopLevelNeeds {
  const found = new Map<number, number>();
  collect(conditions, found);
  return { names: [...found.keys()], classes: [...found.values()] };
}

/**
 * A pack's top-level test, or `undefined` when it has none worth running (no need, or success
 * conditions that need nothing). `success` holding also settles a body, so it counts too.
 */
export function compileTopLevel(
  match: readonly Condition[],
  success: readonly Condition[] | undefined,
  arrays = false,
):
  | {
      readonly match: TopLevelNeeds;
      readonly success: TopLevelNeeds | null;
      /** An array body passes: the pack reads one as a batch of parts (jsonrpc-batch). */
      readonly arrays: boolean;
    }
  | undefined {
  const matchNeeds = needsOf(match);
  if (matchNeeds.names.length === 0) return undefined;
  if (success === undefined) return { match: matchNeeds, success: null, arrays };
  const successNeeds = needsOf(success);
  return successNeeds.names.length === 0
    ? undefined
    : { match: matchNeeds, success: successNeeds, arrays };
}

export type TopLevelTest = NonNullable<ReturnType<typeof compileTopLevel>>;

// The body being decoded, and which indexed members it owns. Module state, read in the same
// synchronous decode() that wrote it, so it allocates nothing per body. A member's class is read
// only when a pack's needs ask for it: a claim's keys (namesMask) need only the bits.
let present = 0;
// Kept until the next body: one parsed body at most, for holds() to read a member's class.
let lastBody: Record<string, unknown> = {};
let lastIsArray = false;

// Past this many members the body is not indexed, and every pack is tried as before.
const MAX_MEMBERS = 64;

/** Reads a parsed body's top-level members; `false` when it is not indexed (then test nothing). */
export function readTopLevel(body: unknown): boolean {
  present = 0;
  lastIsArray = Array.isArray(body);
  if (typeof body !== 'object' || body === null || lastIsArray) return true;
  lastBody = body as Record<string, unknown>;
  let count = 0;
  for (const name in body) {
    if (++count > MAX_MEMBERS) return false;
    const index = NAME_INDEX.get(name);
    if (index === undefined || !Object.prototype.hasOwnProperty.call(body, name)) continue;
    present |= 1 << index;
  }
  return true;
}

/**
 * The bits of names of which a body must own one (a claim's keys, keyGuard.ts's neededKeys), to
 * test against presentNames; `undefined` when none is certain or a name has no bit.
 */
export function namesMask(names: readonly string[] | undefined): number | undefined {
  if (names === undefined) return undefined;
  let mask = 0;
  for (const name of names) {
    const index = indexOf(name);
    if (index === undefined) return undefined;
    mask |= 1 << index;
  }
  return mask;
}

/** The indexed names the body last read by readTopLevel owns, one bit each (see namesMask). */
export function presentNames(): number {
  return present;
}

function holds(needs: TopLevelNeeds): boolean {
  const { names, classes } = needs;
  for (let i = 0; i < names.length; i++) {
    const index = names[i] as number;
    if ((present & (1 << index)) === 0) return false;
    if ((classOf(lastBody[NAMES[index] as string]) & (classes[i] as number)) === 0) return false;
  }
  return true;
}

/** Whether the body last read by readTopLevel may hold the pack's match or success conditions. */
export function mayHold(test: TopLevelTest): boolean {
  if (lastIsArray) return test.arrays;
  return holds(test.match) || (test.success !== null && holds(test.success));
}
