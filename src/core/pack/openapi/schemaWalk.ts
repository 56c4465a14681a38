import { isObject, type JsonObject } from '../../json/guards';
import { pointerToken } from '../problems';

// A spec's $ref chains are short; a cycle or a hostile chain stops here.
const MAX_REF_HOPS = 20;
const MAX_DEPTH = 4;

/** Follows local `$ref`s (`#/components/...`) to the object they name; `null` if none. */
export function deref(spec: JsonObject, value: unknown): JsonObject | null {
  let node = value;
  for (let hops = 0; hops < MAX_REF_HOPS && isObject(node); hops++) {
    const ref = node['$ref'];
    if (typeof ref !== 'string') return node;
    if (!ref.startsWith('#/')) return null;
    node = ref
      .slice(2)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, token) => (isObject(at) ? at[token] : undefined), spec);
  }
  return isObject(node) && typeof node['$ref'] !== 'string' ? node : null;
}

/** One property of an error schema, with where it sits in a body. */
export interface FoundProperty {
  readonly pointer: string;
  readonly name: string;
  readonly schema: JsonObject;
  /** Whether every object on the way requires it. */
  readonly required: boolean;
}

/** The properties of an object schema (allOf merged), with their required flags. */
function propertiesOf(spec: JsonObject, schema: JsonObject): [string, JsonObject, boolean][] {
  const out: [string, JsonObject, boolean][] = [];
  const parts = [schema, ...(Array.isArray(schema['allOf']) ? schema['allOf'] : [])];
  for (const raw of parts) {
    const part = deref(spec, raw);
    if (part === null || !isObject(part['properties'])) continue;
    const required = new Set(Array.isArray(part['required']) ? part['required'] : []);
    for (const [name, value] of Object.entries(part['properties'])) {
      const property = deref(spec, value);
      if (property !== null) out.push([name, property, required.has(name)]);
    }
  }
  return out;
}

/** Every object property down to a few levels, breadth first: `/error/code` after `/code`. */
export function walkProperties(spec: JsonObject, schema: JsonObject): FoundProperty[] {
  const found: FoundProperty[] = [];
  let level: [JsonObject, string, boolean][] = [[schema, '', true]];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: [JsonObject, string, boolean][] = [];
    for (const [node, at, required] of level) {
      for (const [name, property, req] of propertiesOf(spec, node)) {
        const pointer = `${at}/${pointerToken(name)}`;
        found.push({ pointer, name, schema: property, required: required && req });
        if (property['type'] === 'object' || isObject(property['properties'])) {
          next.push([property, pointer, required && req]);
        }
      }
    }
    level = next;
  }
  return found;
}
