import { parseJson } from '../../core/json/body';
import { flatten, type FlatTree } from './flatTree';

/** Whether a body can show as a tree: a tree, too many values for one, or not JSON at all. */
export type BodyTree = FlatTree | 'too-large' | null;

/** Parses a body for the tree view. JSON.parse is iterative in V8: no depth can overflow it. */
export function bodyTree(body: string): BodyTree {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed.reason === 'too-large' ? 'too-large' : null;
  return flatten(parsed.value) ?? 'too-large';
}
