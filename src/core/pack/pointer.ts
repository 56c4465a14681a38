import { isObject } from '../json/guards';
import { GENERATED_POINTERS } from '../packs/conditions.generated';
import { INDEX, isIndexToken, parsePointer, type Pointer } from './pointerSyntax';

export { isIndexToken, parsePointer, type Pointer };

/**
 * The value at `pointer`, reading own properties only, so that "__proto__" or "constructor"
 * never reach a prototype; `undefined` when the path leads nowhere.
 */
export function resolvePointer(value: unknown, pointer: Pointer): unknown {
  let at = value;
  for (const token of pointer) {
    if (Array.isArray(at)) {
      if (!INDEX.test(token)) return undefined;
      at = (at as readonly unknown[])[Number(token)];
    } else if (isObject(at) && Object.prototype.hasOwnProperty.call(at, token)) {
      at = at[token];
    } else {
      return undefined;
    }
  }
  return at;
}

/** `/meta/request_id` → `meta.request_id`: how the documents and the panel name a field. */
export function dottedName(pointer: Pointer): string {
  return pointer.join('.');
}

const hasOwn = Object.prototype.hasOwnProperty;

type Step = (at: unknown) => unknown;

/**
 * One step down, compiled for its token: an own property of an object, or an index of an
 * array. Whether the token is an index is settled here, once, not by a regex per body.
 */
function compileStep(token: string): Step {
  const index = INDEX.test(token) ? Number(token) : -1;
  // Bodies are JSON.parse's objects (or our readers' plain ones): a token that names nothing on
  // Object.prototype can only be read as an own property, so only the others ("constructor",
  // "__proto__", "toString"…) need the own-property test, which was half of a step's time.
  if (!(token in Object.prototype)) {
    return (at) => {
      if (typeof at !== 'object' || at === null) return undefined;
      if (Array.isArray(at)) return index < 0 ? undefined : (at as unknown[])[index];
      return (at as Record<string, unknown>)[token];
    };
  }
  return (at) => {
    if (typeof at !== 'object' || at === null) return undefined;
    if (Array.isArray(at)) return index < 0 ? undefined : (at as unknown[])[index];
    const value = (at as Record<string, unknown>)[token];
    return value !== undefined && hasOwn.call(at, token) ? value : undefined;
  };
}

/**
 * A reader for one pointer, compiled once: the common one- and two-token pointers (`/ok`,
 * `/error/code`) are one or two calls, with no loop, as the decoder runs them per body.
 */
export function compilePointer(pointer: Pointer): (value: unknown) => unknown {
  const steps = pointer.map(compileStep);
  const [first, second, third] = steps;
  switch (steps.length) {
    case 0:
      return (value) => value;
    case 1:
      return first as Step;
    case 2:
      return (value) => (second as Step)((first as Step)(value));
    case 3:
      return (value) => (third as Step)((second as Step)((first as Step)(value)));
    default:
      return (value) => {
        let at = value;
        for (const step of steps) if ((at = step(at)) === undefined) return undefined;
        return at;
      };
  }
}

/**
 * Parses and compiles; a validated pack holds only good pointers, so a bad one reads nothing. A
 * pointer a built-in pack reads is generated code (packs/conditions.generated.ts): one call
 * where the compiled steps are one per token.
 */
export function pointerReader(text: string): (value: unknown) => unknown {
  return GENERATED_POINTERS.get(text) ?? compiledReader(text);
}

/** The compiled steps alone: what generated readers must equal. */
export function compiledReader(text: string): (value: unknown) => unknown {
  const pointer = parsePointer(text);
  return pointer === null ? () => undefined : compilePointer(pointer);
}
