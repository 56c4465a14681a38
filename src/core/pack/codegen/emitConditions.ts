import type { Condition, ErrorPack, JsonType } from '../packTypes';
import { isIndexToken, parsePointer } from '../pointerSyntax';
import { claimKey, conditionsKey } from './keys';

/**
 * Writes a pack's condition lists as TypeScript, at build time, for the built-in packs: each
 * list becomes one function of direct property reads and inlinable calls, where the interpreter
 * (conditions.ts) runs a closure per condition and per pointer step. A failing pack's test cost
 * ~100–300 ns through closures, most of an everyday error's decode after JSON.parse. The meaning
 * must stay conditions.ts's, case for case, in the same order of precedence.
 */

/** Every condition list of a pack that the decoder compiles, in the order it compiles them. */
export function conditionLists(pack: ErrorPack): (readonly Condition[])[] {
  const { envelope } = pack;
  const lists: (readonly Condition[])[] = [];
  if (envelope.success !== undefined) lists.push(envelope.success);
  lists.push(envelope.match);
  if (typeof envelope.errors === 'object' && envelope.errors.each !== undefined) {
    lists.push(envelope.errors.each);
  }
  const code = envelope.code;
  if (typeof code === 'object' && !Array.isArray(code) && 'from' in code) {
    for (const c of code.cases ?? []) lists.push(c.when);
  }
  for (const o of pack.retryOverrides ?? []) lists.push(o.when);
  return lists;
}

/** Every JSON Pointer a pack reads the body at (header sources and bad pointers left out). */
export function packPointers(pack: ErrorPack): string[] {
  const { envelope } = pack;
  const out: string[] = [];
  const add = (sources: string | readonly string[] | undefined) => {
    for (const s of typeof sources === 'string' ? [sources] : (sources ?? [])) {
      if (!s.startsWith('header:')) out.push(s);
    }
  };
  const code = envelope.code;
  add(typeof code === 'object' && !Array.isArray(code) && 'from' in code ? code.from : code);
  add(envelope.message);
  add(envelope.requestId);
  if (typeof envelope.errors === 'string') add(envelope.errors);
  else add(envelope.errors?.path);
  const details = envelope.details;
  if (typeof details === 'string') add(details);
  else if (details !== undefined) add(Object.values(details.fields).map((f) => f.path));
  const fieldErrors = envelope.fieldErrors;
  if (fieldErrors !== undefined) {
    add(fieldErrors.path);
    add(fieldErrors.field ?? '/field');
    add(fieldErrors.message ?? '/message');
  }
  return out;
}

const RUNTIME = [
  'between',
  'contains',
  'headerValue',
  'isObject',
  'jsonEquals',
  'keysIn',
  'mediaTypeIs',
  'oneOfDeep',
  'ownMember',
  'statusIn',
] as const;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function member(at: string, name: string): string {
  return IDENTIFIER.test(name) ? `${at}.${name}` : `${at}[${JSON.stringify(name)}]`;
}

/**
 * pointer.ts's read of one token of an object: a named read, or an own-only one for a name
 * Object.prototype has ("constructor"). Shared with emitReaders.ts.
 */
export function objectRead(at: string, token: string): string {
  return token in Object.prototype
    ? `ownMember(${at}, ${JSON.stringify(token)})`
    : member(`(${at} as Obj)`, token);
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

export class ConditionEmitter {
  private readonly pointers = new Map<string, string>();
  private readonly constants = new Map<string, string>();
  private readonly declarations: string[] = [];
  private readonly entries = new Map<string, string>();
  private readonly claims = new Map<string, string>();

  /** Adds a list; the same list twice (two packs, or a pack twice) is written once. */
  add(conditions: readonly Condition[]): void {
    const key = conditionsKey(conditions);
    if (this.entries.has(key)) return;
    const body = this.all(conditions);
    const params = `${body.includes('body') ? 'body' : '_body'}, ${body.includes('context') ? 'context' : '_context'}`;
    this.entries.set(key, `(${params}) => ${body}`);
  }

  /**
   * Adds a pack's claim: an object body its success or its match conditions hold for. A body
   * neither holds for is not the pack's, so the decoder skips the pack on one call.
   */
  addClaim(envelope: ErrorPack['envelope']): void {
    const key = claimKey(envelope.success, envelope.match);
    if (this.claims.has(key)) return;
    const match = `(${this.all(envelope.match)})`;
    const either =
      envelope.success === undefined ? match : `((${this.all(envelope.success)}) || ${match})`;
    const body = `isObject(body) && ${either}`;
    const context = body.includes('context') ? 'context' : '_context';
    this.claims.set(key, `(body, ${context}) => ${body}`);
  }

  /** Adds a pointer's reader, for the sources that read the body there. */
  addPointer(text: string): void {
    this.read(text);
  }

  /** The module's text (unformatted): only the helpers it calls are imported. */
  module(header: string): string {
    const entries = [...this.entries].map(([key, fn]) => `[${JSON.stringify(key)}, ${fn}],`);
    const code = [...this.declarations, ...entries, ...this.claims.values()].join('\n');
    const helpers = RUNTIME.filter((name) => code.includes(`${name}(`));
    return [
      header,
      "import type { Test } from '../pack/conditions';",
      helpers.length === 0
        ? ''
        : `import { ${helpers.join(', ')} } from '../pack/codegen/conditionRuntime';`,
      '',
      code.includes('as Obj') ? 'type Obj = Record<string, unknown>;\n' : '',
      ...this.declarations,
      '',
      '/** Each built-in condition list, keyed by its JSON, as its generated test. */',
      'export const GENERATED_CONDITIONS: ReadonlyMap<string, Test> = new Map<string, Test>([',
      ...entries,
      ']);',
      '',
      "/** Each built-in pack's claim (see addClaim), keyed by claimKey. */",
      'export const GENERATED_CLAIMS: ReadonlyMap<string, Test> = new Map<string, Test>([',
      ...[...this.claims].map(([key, fn]) => `[${JSON.stringify(key)}, ${fn}],`),
      ']);',
      '',
      '/** Each built-in JSON Pointer but the root, as its generated reader (see pointer.ts). */',
      'export const GENERATED_POINTERS: ReadonlyMap<string, (value: unknown) => unknown> = new Map([',
      ...[...this.pointers].map(([text, name]) => `[${JSON.stringify(text)}, ${name}],`),
      ']);',
      '',
    ].join('\n');
  }

  /** All must hold; none holds trivially (compileConditions of []). */
  private all(conditions: readonly Condition[]): string {
    if (conditions.length === 0) return 'true';
    return conditions.map((c) => this.condition(c)).join(' && ');
  }

  private condition(c: Condition): string {
    if (c.anyOf !== undefined) {
      return c.anyOf.length === 0
        ? 'false'
        : `(${c.anyOf.map((x) => this.condition(x)).join(' || ')})`;
    }
    if (c.allOf !== undefined) return `(${this.all(c.allOf)})`;
    if (c.not !== undefined) return `!(${this.condition(c.not)})`;
    if (c.of !== undefined) {
      const needed = c.atLeast ?? 1;
      const tests = c.of.map((x) => this.condition(x));
      if (tests.length === 0) return 'false';
      // One holding test is always needed (the interpreter counts only on a hold).
      if (needed <= 1) return `(${tests.join(' || ')})`;
      return `(${tests.map((t) => `(${t} ? 1 : 0)`).join(' + ')} >= ${needed})`;
    }
    if (c.mediaType !== undefined) {
      return `mediaTypeIs(context, ${JSON.stringify(c.mediaType.toLowerCase())})`;
    }
    if (c.httpStatus !== undefined) {
      return `statusIn(context, ${this.constant(`new Set<number>(${JSON.stringify(c.httpStatus)})`)})`;
    }
    const value =
      c.header !== undefined
        ? `headerValue(context, ${JSON.stringify(c.header.toLowerCase())})`
        : this.read(c.path ?? '');
    return this.valueTest(c, value);
  }

  /** conditions.ts's valueTest: the first test a condition names is the one run. */
  private valueTest(c: Condition, v: string): string {
    if (c.exists !== undefined) return `${v} ${c.exists ? '!==' : '==='} undefined`;
    if (c.equals !== undefined) {
      return isPrimitive(c.equals)
        ? `${v} === ${JSON.stringify(c.equals)}`
        : `jsonEquals(${v}, ${this.constant(`${JSON.stringify(c.equals)} as unknown`)})`;
    }
    if (c.type !== undefined) return typeTest(c.type, v);
    if (c.oneOf !== undefined) {
      if (c.oneOf.every(isPrimitive)) {
        return `${this.constant(`new Set<unknown>(${JSON.stringify(c.oneOf)})`)}.has(${v})`;
      }
      return `oneOfDeep(${v}, ${this.constant(`${JSON.stringify(c.oneOf)} as readonly unknown[]`)})`;
    }
    if (c.between !== undefined) return `between(${v}, ${c.between[0]}, ${c.between[1]})`;
    if (c.keysIn !== undefined) {
      return `keysIn(${v}, ${this.constant(`new Set<string>(${JSON.stringify(c.keysIn)})`)})`;
    }
    if (c.contains !== undefined) return `contains(${v}, ${JSON.stringify(c.contains)})`;
    return 'false';
  }

  private constant(code: string): string {
    let name = this.constants.get(code);
    if (name === undefined) {
      name = `C${this.constants.size}`;
      this.constants.set(code, name);
      this.declarations.push(`const ${name} = ${code};`);
    }
    return name;
  }

  /** The expression of the value at a pointer: `body`, a call of its reader, or `undefined`. */
  private read(text: string): string {
    const pointer = parsePointer(text);
    if (pointer === null) return 'undefined';
    if (pointer.length === 0) return 'body';
    let name = this.pointers.get(text);
    if (name === undefined) {
      name = `p${this.pointers.size}`;
      this.pointers.set(text, name);
      this.declarations.push(pointerFunction(name, text, pointer));
    }
    return `${name}(body)`;
  }
}

function typeTest(type: JsonType, v: string): string {
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
      return `typeof ${v} === '${type}'`;
    case 'integer':
      return `Number.isInteger(${v})`;
    case 'object':
      return `isObject(${v})`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'null':
      return `${v} === null`;
  }
}

/** pointer.ts's compileStep, step by step, with the token known: a named read per step. */
function pointerFunction(name: string, text: string, pointer: readonly string[]): string {
  const lines = [
    `/** ${text.replaceAll('*/', '*\\/')} */`,
    `function ${name}(at: unknown): unknown {`,
  ];
  pointer.forEach((token, i) => {
    const last = i === pointer.length - 1;
    const read = objectRead('at', token);
    let next: string;
    if (isIndexToken(token)) {
      lines.push("  if (typeof at !== 'object' || at === null) return undefined;");
      next = `Array.isArray(at) ? (at as unknown[])[${Number(token)}] : ${read}`;
    } else {
      lines.push(
        "  if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;",
      );
      next = read;
    }
    lines.push(last ? `  return ${next};` : `  at = ${next};`);
  });
  lines.push('}');
  return lines.join('\n');
}
