/**
 * Facts near a pack's conditions, as fast-check arbitraries, and the bodies and responses that
 * state them: what the generated conditions and readers are tested against
 * (src/core/pack/codegen/generated*.test.ts).
 */
import fc from 'fast-check';
import type { MatchContext } from '../../src/core/pack/conditions';
import { hasType } from '../../src/core/pack/jsonValues';
import type { Condition, JsonType } from '../../src/core/pack/packTypes';
import { parsePointer } from '../../src/core/pack/pointer';
import type { Header } from '../../src/core/types';

/** What a body or its response states so that a condition holds, or just fails. */
export type Fact =
  | { readonly at: readonly string[]; readonly value: unknown }
  | { readonly header: string; readonly value: string | undefined }
  | { readonly status: number }
  | { readonly mimeType: string };

const ABSENT = Symbol('absent');
export const TYPE_EXAMPLES = ['s', 400, 1.5, true, null, { a: 1 }, [{ a: 1 }]];

/** Values that meet a value test, and values just past it (a bound ± 1, another type, absence). */
function candidates(c: Condition): unknown[] {
  if (c.exists !== undefined) {
    return c.exists ? [1, null, 'x', {}, ABSENT] : [ABSENT, ABSENT, ABSENT, ABSENT, 1];
  }
  if (c.equals !== undefined) return [c.equals, c.equals, ABSENT, 'other', 0, null, [], {}];
  if (c.type !== undefined) {
    const fits = TYPE_EXAMPLES.filter((v) => hasType(v, c.type as JsonType));
    return [...fits, ...fits, ...fits, ...fits, ...TYPE_EXAMPLES, ABSENT];
  }
  if (c.oneOf !== undefined) return [...c.oneOf, 'zz', 1, ABSENT];
  if (c.between !== undefined) {
    const [min, max] = c.between;
    const mid = (min + max) / 2;
    return [min, max, mid, Math.round(mid), min - 1, max + 1, String(min), ABSENT];
  }
  if (c.keysIn !== undefined) {
    const first = Object.fromEntries(c.keysIn.slice(0, 1).map((k) => [k, { code: 'c' }]));
    const two = Object.fromEntries(c.keysIn.slice(0, 2).map((k) => [k, { code: 'c' }]));
    return [first, first, two, two, { ...two, extra: 1 }, {}, [], ABSENT];
  }
  if (c.contains !== undefined) return [c.contains, `a ${c.contains} b`, 'x', 1, ABSENT];
  return [1, ABSENT];
}

export const all = (arbs: fc.Arbitrary<Fact[]>[]) =>
  arbs.length === 0 ? fc.constant<Fact[]>([]) : fc.tuple(...arbs).map((xs) => xs.flat());

/** Facts under which a condition holds, most of the time, or just fails. */
export function near(c: Condition): fc.Arbitrary<Fact[]> {
  if (c.anyOf !== undefined) {
    return c.anyOf.length === 0 ? fc.constant<Fact[]>([]) : fc.constantFrom(...c.anyOf).chain(near);
  }
  if (c.allOf !== undefined) return all(c.allOf.map(near));
  if (c.not !== undefined) return fc.oneof(near(c.not), fc.constant<Fact[]>([]));
  if (c.of !== undefined) return fc.subarray([...c.of]).chain((some) => all(some.map(near)));
  if (c.mediaType !== undefined) {
    const wanted = c.mediaType;
    return fc
      .constantFrom(wanted, `${wanted.toUpperCase()}; charset=utf-8`, 'text/html')
      .map((mimeType) => [{ mimeType }]);
  }
  if (c.httpStatus !== undefined) {
    return fc.constantFrom(...c.httpStatus, 200, 500).map((status) => [{ status }]);
  }
  const values = candidates(c);
  if (c.header !== undefined) {
    const name = c.header;
    const texts = values.map((v) =>
      v === ABSENT ? undefined : typeof v === 'string' ? v : JSON.stringify(v),
    );
    return fc.constantFrom(...texts).map((value) => [{ header: name, value }]);
  }
  const at = parsePointer(c.path ?? '') ?? [];
  return fc.constantFrom(...values).map((value) => [{ at, value }]);
}

type Node = Record<string, unknown>;
// Candidate values are shared between runs: each placement gets its own copy.
const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
// Null-prototype nodes: a "__proto__" member is then own data, as JSON.parse makes it.
const node = (): Node => Object.create(null) as Node;

/** Puts each value at its pointer, making objects (or arrays, for index tokens) on the way. */
export function place(facts: readonly Fact[], useArrays: boolean): unknown {
  let root: unknown = node();
  // Facts about the whole body first: the others then add to it rather than being replaced.
  const ordered = [...facts].sort((a, b) => Number(!isWhole(a)) - Number(!isWhole(b)));
  for (const fact of ordered) {
    if (!('at' in fact) || fact.value === ABSENT) continue;
    if (fact.at.length === 0) {
      root = copy(fact.value);
      continue;
    }
    if (typeof root !== 'object' || root === null) root = node();
    let at = root as Node;
    fact.at.forEach((token, i) => {
      if (i === fact.at.length - 1) {
        const had = at[token];
        // An object stated over an object adds to it: `/error` is an object, `/error/code` 400.
        at[token] =
          isNode(had) && isNode(fact.value)
            ? Object.assign(had, copy(fact.value))
            : copy(fact.value);
        return;
      }
      let next = at[token];
      if (typeof next !== 'object' || next === null) {
        next = useArrays && /^\d+$/.test(fact.at[i + 1] ?? '') ? [] : node();
        at[token] = next;
      }
      at = next as Node;
    });
  }
  return root;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(fact: Fact): boolean {
  return 'at' in fact && fact.at.length === 0;
}

export function contextOf(facts: readonly Fact[], headerCase: boolean): MatchContext {
  let status: number | undefined;
  let mimeType = '';
  const headers: Header[] = [{ name: 'Content-Length', value: '10' }];
  for (const fact of facts) {
    if ('status' in fact) status = fact.status;
    if ('mimeType' in fact) mimeType = fact.mimeType;
    if ('header' in fact && fact.value !== undefined) {
      headers.push({
        name: headerCase ? fact.header.toUpperCase() : fact.header,
        value: fact.value,
      });
    }
  }
  return { status, mimeType, headers };
}
