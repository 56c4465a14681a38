import type { PackProblem } from './problems';

/** The largest pack text accepted: the seven built-ins together are under 100 KB. */
export const MAX_PACK_CHARS = 2 * 1024 * 1024;
/** Nesting deeper than any pack needs; also what keeps the schema walk off the stack's end. */
export const MAX_PACK_DEPTH = 32;
/** Values in a pack (objects, arrays, strings, numbers…): a 10,000-code catalog fits. */
export const MAX_PACK_NODES = 400_000;

/**
 * Refuses what is too deep or too large before anything walks the pack recursively. Iterative,
 * so a hostile, deeply nested document cannot overflow the stack here either.
 */
export function checkLimits(value: unknown): PackProblem | null {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_PACK_NODES) {
      return { pointer: '', message: `has more than ${MAX_PACK_NODES} values` };
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_PACK_DEPTH) {
      return { pointer: '', message: `is nested more than ${MAX_PACK_DEPTH} levels deep` };
    }
    const children = Array.isArray(node) ? node : Object.values(node as object);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return null;
}
