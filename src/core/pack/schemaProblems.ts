import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from '../../../schema/error-pack.schema.json';
import { isObject } from '../json/guards';
import type { PackProblem } from './problems';

/*
 * The JSON Schema check. @cfworker/json-schema interprets the schema: it compiles no code, so
 * it runs under the extension pages' CSP (no eval, no new Function), in Node and in the CLI.
 * Its messages are rewritten here into short "must …" phrases, and the cascade of parent errors
 * that every failure drags along (properties, $ref, items…) is dropped.
 */

// Keywords that only report that something below them failed.
const CASCADE = new Set([
  'properties',
  'additionalProperties',
  '$ref',
  'items',
  'prefixItems',
  'allOf',
  'propertyNames',
  'patternProperties',
  'unevaluatedProperties',
  'dependentSchemas',
]);

// Patterns of the schema, said in words.
const PATTERN_WORDS: Readonly<Record<string, string>> = {
  '^[a-z0-9][a-z0-9-]*$': 'must be lowercase letters, digits and "-", not starting with "-"',
  '^(/([^~]|~[01])*)?$': 'must be a JSON Pointer such as /error/code ("" is the whole body)',
  '^([1-5][0-9][0-9]|[1-5]xx)$': 'must be an HTTP status such as "404" or a class such as "5xx"',
  '^[^\\s/]+$': 'must be a host pattern such as api.example.com or *.example.com',
  '^[A-Za-z]+$': 'must be an HTTP method such as POST',
};

let validator: Validator | null = null;

function schemaValidator(): Validator {
  validator ??= new Validator(schema as object, '2020-12', false);
  return validator;
}

/** `#/codes/%D0%9A` → `/codes/К`: cfworker URI-encodes the pointer it reports. */
function pointerOf(location: string): string {
  const fragment = location.startsWith('#') ? location.slice(1) : location;
  try {
    return decodeURI(fragment).replace(/%23/g, '#');
  } catch {
    return fragment;
  }
}

/** The schema node a keywordLocation names, following `$ref`s through `$defs`. */
function schemaAt(keywordLocation: string): Record<string, unknown> | null {
  const tokens = pointerOf(keywordLocation).split('/').slice(1, -1);
  let node: unknown = schema;
  for (const token of tokens) {
    if (!isObject(node) && !Array.isArray(node)) return null;
    if (token === '$ref' && isObject(node) && typeof node['$ref'] === 'string') {
      node = refTarget(node['$ref']);
    } else {
      node = (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
  }
  return isObject(node) ? (node as Record<string, unknown>) : null;
}

function refTarget(ref: string): unknown {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const defs = (schema as { $defs: Record<string, unknown> }).$defs;
  return name === undefined ? undefined : defs[name];
}

const ARTICLE: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => ARTICLE[String(t)] ?? String(t)).join(' or ');
}

/** A "must …" phrase for one failed keyword. */
function messageOf(unit: OutputUnit): string {
  const node = schemaAt(unit.keywordLocation) ?? {};
  const quoted = /"([^"]*)"/.exec(unit.error)?.[1] ?? '';
  switch (unit.keyword) {
    case 'type':
      return `must be ${typeWords(node['type'])}`;
    case 'enum':
      return `must be one of ${(node['enum'] as unknown[] | undefined)?.join(', ') ?? '…'}`;
    case 'required':
      return `must have "${quoted}"`;
    case 'false':
      return 'is not a member the pack format knows';
    case 'pattern':
      return PATTERN_WORDS[String(node['pattern'])] ?? `must match ${String(node['pattern'])}`;
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `must be at most ${String(node['maxLength'])} characters`;
    case 'minItems':
      return `must have at least ${String(node['minItems'])} item(s)`;
    case 'maxItems':
      return `must have at most ${String(node['maxItems'])} items`;
    case 'minProperties':
      return 'must not be empty';
    case 'maxProperties':
      return `must have at most ${String(node['maxProperties'])} members`;
    case 'minimum':
      return `must be at least ${String(node['minimum'])}`;
    case 'maximum':
      return `must be at most ${String(node['maximum'])}`;
    case 'exclusiveMinimum':
      return `must be more than ${String(node['exclusiveMinimum'])}`;
    case 'uniqueItems':
      return 'must not list an item twice';
    case 'dependentRequired':
      return unit.error.replace(
        /^Instance has "([^"]*)" but does not have "([^"]*)"\.$/,
        '"$1" needs "$2"',
      );
    default:
      return unit.error;
  }
}

const within = (outer: OutputUnit) => (u: OutputUnit) =>
  u.keywordLocation.startsWith(`${outer.keywordLocation}/`);

/** The errors that say what is wrong: no cascade, and each failed `anyOf` judged as a whole. */
function explain(units: readonly OutputUnit[]): OutputUnit[] {
  const anyOfs = units.filter((u) => u.keyword === 'anyOf');
  const outermost = anyOfs.filter((a) => !anyOfs.some((b) => b !== a && within(b)(a)));
  const plain = units.filter(
    (u) => !CASCADE.has(u.keyword) && u.keyword !== 'anyOf' && !outermost.some((a) => within(a)(u)),
  );
  return [...plain, ...outermost.flatMap((a) => collapseAnyOf(a, units.filter(within(a))))];
}

/**
 * For an `anyOf` that failed (a text that is neither a string nor an object…), the branch that
 * came closest speaks: errors deeper than the value itself. When every branch failed on the
 * value's own type, one message lists what it may be.
 */
function collapseAnyOf(anyOf: OutputUnit, inside: readonly OutputUnit[]): OutputUnit[] {
  const deeper = inside.filter((u) => u.instanceLocation !== anyOf.instanceLocation);
  if (deeper.length > 0) return explain(deeper);
  const typed = inside.filter((u) => u.keyword === 'type');
  const other = inside.filter(
    (u) => u.keyword !== 'type' && u.keyword !== 'anyOf' && !CASCADE.has(u.keyword),
  );
  if (other.length > 0) return [other[0] as OutputUnit];
  const types = [...new Set(typed.map((u) => schemaAt(u.keywordLocation)?.['type']))];
  // No branch failed on type (each refused a member): "must be " would say nothing.
  const error =
    types.length > 0
      ? `must be ${typeWords(types)}`
      : 'matches none of the forms the pack format allows';
  return [{ ...anyOf, keyword: 'anyOf-types', error }];
}

/** Every place where the pack breaks the schema, as `JSON Pointer: message`. */
export function schemaProblems(pack: unknown): PackProblem[] {
  const { valid, errors } = schemaValidator().validate(pack);
  if (valid) return [];
  const seen = new Set<string>();
  const problems: PackProblem[] = [];
  for (const unit of explain(errors)) {
    const message = unit.keyword === 'anyOf-types' ? unit.error : messageOf(unit);
    const problem = { pointer: pointerOf(unit.instanceLocation), message };
    const key = `${problem.pointer}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
