import type { CodeSpec, CodeTransform, ErrorPack, FieldErrorsSpec, Sources } from '../packTypes';
import { envelopeKey, writable } from '../fastReader';
import { isIndexToken, parsePointer } from '../pointerSyntax';
import { sourceList } from '../sources';
import { BEHAVIOURS } from '../behaviours/index';
import { objectRead } from './emitConditions';

/**
 * Writes a built-in pack's envelope reader as TypeScript, at build time: readEnvelope.ts's
 * compiled reader, step for step, for a body the pack's claim has just held for. The compiled
 * reader's closures are shared by every pack, so on mixed traffic each of their property reads
 * sees every envelope's shape and V8 stops caching them; a function per pack reads one shape.
 * On a Graph error after every format had been decoded, the compiled reader and the decoder's
 * loop took 0.4–0.9 of a JSON.parse, a hand-written reader 0.1–0.2 (bench, stop 22).
 */

const HEADER = 'header:';

/** The body's values at pointers, each prefix read once, as pointer.ts's steps read them. */
class Locals {
  readonly lines: string[] = [];
  private readonly names = new Map<string, string>();

  /** `root` is known to be an object; locals are named `${prefix}0`, `${prefix}1`… */
  constructor(
    private readonly root = 'body',
    private readonly prefix = 'v',
  ) {}

  /** The expression of the value at a pointer; the body is known to be an object. */
  at(text: string): string {
    const pointer = parsePointer(text);
    if (pointer === null) return 'undefined';
    return this.local(pointer);
  }

  private local(tokens: readonly string[]): string {
    if (tokens.length === 0) return this.root;
    const key = JSON.stringify(tokens);
    const known = this.names.get(key);
    if (known !== undefined) return known;
    const parent = this.local(tokens.slice(0, -1));
    const token = tokens.at(-1) as string;
    const name = `${this.prefix}${this.names.size}`;
    const read = objectRead(parent, token);
    let value: string;
    if (tokens.length === 1) value = read;
    else if (isIndexToken(token)) {
      value =
        `typeof ${parent} !== 'object' || ${parent} === null ? undefined : ` +
        `Array.isArray(${parent}) ? (${parent} as unknown[])[${Number(token)}] : ${read}`;
    } else value = `isObject(${parent}) ? ${read} : undefined`;
    this.lines.push(`  const ${name}: unknown = ${value};`);
    this.names.set(key, name);
    return name;
  }
}

/** A source's raw value: a body pointer's local, or a header read where the chain gets to it. */
function sourceValue(locals: Locals, source: string): string {
  if (!source.startsWith(HEADER)) return locals.at(source);
  const lower = source.slice(HEADER.length).toLowerCase();
  return `(lowerHeaderValue(context?.headers ?? NO_HEADERS, ${JSON.stringify(lower)}) ?? undefined)`;
}

/** sources.ts's compileSourcesHit: the first accepted value and its index, or null and -1. */
function chain(
  locals: Locals,
  value: string,
  hit: string,
  sources: Sources | undefined,
  accept: string,
  type: string,
): string[] {
  const lines = [`  let ${value}: ${type} | null = null;`, `  let ${hit} = -1;`];
  sourceList(sources).forEach((source, i) => {
    const test = `(${value} = ${accept}(${sourceValue(locals, source)})) !== null`;
    lines.push(i === 0 ? `  if (${test}) ${hit} = ${i};` : `  else if (${test}) ${hit} = ${i};`);
  });
  return lines;
}

const ACCEPT: Record<CodeTransform, string> = {
  any: 'TRANSFORMS.any',
  string: 'asString',
  numeric: 'TRANSFORMS.numeric',
};

/** codes.ts's compileCode and its reader: `code` and `codeHit`, or return null when required. */
function codeLines(locals: Locals, code: Sources | CodeSpec | undefined): string[] {
  if (code === undefined) return ['  const code = null;', '  const codeHit = -2;'];
  const spec: CodeSpec = typeof code === 'object' && 'from' in code ? code : { from: code };
  const read = chain(locals, 'value', 'hit', spec.from, ACCEPT[spec.as ?? 'any'], 'Code');
  const cut =
    spec.cut !== undefined && spec.cut.length > 0 ? ['  value = (kit.cut as Cut)(value);'] : [];
  const fallback = spec.default === undefined ? null : JSON.stringify(spec.default);
  const missing = "value === null || value === ''";
  const settled = (declare: string) =>
    fallback === null
      ? [`  ${declare}code = value;`, `  ${declare}codeHit = value === null ? -2 : hit;`]
      : [
          `  ${declare}code = ${missing} ? ${fallback} : value;`,
          `  ${declare}codeHit = ${missing} ? -1 : hit;`,
        ];
  const lines: string[] = [];
  if (spec.cases !== undefined && spec.cases.length > 0) {
    lines.push(
      '  let code: Code | null;',
      '  let codeHit: number;',
      '  const implied = (kit.cases as Cases)(body, context);',
      '  if (implied !== null) {',
      '    code = implied;',
      '    codeHit = -1;',
      '  } else {',
      ...[...read, ...cut, ...settled('')].map((line) => `  ${line}`),
      '  }',
    );
  } else lines.push(...read, ...cut, ...settled('const '));
  if (spec.required === true) lines.push('  if (code === null) return null;');
  return lines;
}

/**
 * A list item's field or message, as fieldErrors.ts reads it: the first source that is a
 * string, `undefined` when none is (a header source reads no header there).
 */
function itemReader(name: string, sources: Sources): string {
  const locals = new Locals('item', 'i');
  const values = sourceList(sources).map((source) =>
    source.startsWith(HEADER) ? 'undefined' : locals.at(source),
  );
  const tests = values.map((v) => `  if (typeof ${v} === 'string') return ${v};`);
  return [
    `function ${name}(item: JsonObject): string | undefined {`,
    ...locals.lines,
    ...tests,
    '  return undefined;',
    '}',
  ].join('\n');
}

/**
 * fieldErrors.ts's reader, with the list items' readers written out: `fieldErrors`, and the
 * functions it calls. Without a spec, the compiled reader's shared empty list.
 */
function fieldErrorLines(
  locals: Locals,
  spec: FieldErrorsSpec | undefined,
  name: string,
): { lines: string[]; functions: string[] } {
  if (spec === undefined) {
    return {
      lines: ['  const fieldErrors = kit.fieldErrors(body) as FieldError[];'],
      functions: [],
    };
  }
  const value = locals.at(spec.path);
  const list = `fieldErrorsFromList(${value}, ${name}Field, ${name}Message)`;
  const map = `fieldErrorsFromMap(${value})`;
  const read =
    spec.shape === 'map'
      ? map
      : spec.shape === 'list'
        ? list
        : `Array.isArray(${value}) ? ${list} : ${map}`;
  const functions =
    spec.shape === 'map'
      ? []
      : [
          itemReader(`${name}Field`, spec.field ?? '/field'),
          itemReader(`${name}Message`, spec.message ?? '/message'),
        ];
  return { lines: [`  const fieldErrors = ${read};`], functions };
}

/** One pack's reader, or `null` when its envelope needs what only the compiled reader does. */
export function readerFunction(pack: ErrorPack, name: string): string | null {
  const { envelope } = pack;
  const behaviours = (pack.behaviours ?? []).flatMap((b) => BEHAVIOURS.get(b) ?? []);
  // A reader's body (gRPC-Web frames, XML) is never claimed: only the compiled reader reads it.
  if (pack.bodyReader !== undefined || !writable(envelope, behaviours)) return null;
  const hooked = behaviours.some((b) => b.details !== undefined || b.finish !== undefined);
  const locals = new Locals();
  const fieldErrors = fieldErrorLines(locals, envelope.fieldErrors, name);
  const body = [
    ...codeLines(locals, envelope.code),
    ...chain(locals, 'message', 'messageHit', envelope.message, 'asString', 'string'),
    `  const details = ${hooked ? 'kit.detailsHook !== null ? kit.detailsHook(body, code) : ' : ''}${typeof envelope.details === 'string' ? `${locals.at(envelope.details)} ?? null` : 'null'};`,
    ...fieldErrors.lines,
    "  let pointers = kit.pointers.make('', codeHit, messageHit);",
    ...chain(
      locals,
      'id',
      'idHit',
      envelope.requestId ?? 'header:X-Request-Id',
      'asString',
      'string',
    ),
    '  if (id !== null) pointers = kit.pointers.withRequestId(pointers, idHit);',
    ...(hooked
      ? [
          '  let envelope: Envelope = { errors: [{ code, message, details, fieldErrors, pointers }], requestId: id };',
          '  for (const finish of kit.finishers) envelope = finish(body, envelope);',
          '  return envelope;',
        ]
      : [
          '  return { errors: [{ code, message, details, fieldErrors, pointers }], requestId: id };',
        ]),
  ];
  return [
    ...fieldErrors.functions,
    `/** ${pack.id} */`,
    `function ${name}(body: unknown, context: MatchContext | undefined, kit: ReaderKit): Envelope | null | undefined {`,
    '  if (!isObject(body)) return undefined;',
    ...(envelope.success === undefined
      ? []
      : [
          '  // The success shape is the compiled reader’s.',
          '  if ((kit.success as Test)(body, context)) return undefined;',
        ]),
    ...locals.lines,
    ...body,
    '}',
  ].join('\n');
}

const HEADER_COMMENT = `// Generated by scripts/gen-conditions.ts from src/core/packs/*.json: do not edit.
// Each function is one built-in pack's envelope reader (readEnvelope.ts), written out (see
// emitReaders.ts).`;

/** The text of src/core/packs/readers.generated.ts (unformatted). */
export function readersModule(packs: readonly ErrorPack[]): string {
  const functions: string[] = [];
  const entries: string[] = [];
  const seen = new Set<string>();
  for (const pack of packs) {
    const key = envelopeKey(pack.envelope);
    if (seen.has(key)) continue;
    const fn = readerFunction(pack, `read${functions.length}`);
    if (fn === null) continue;
    seen.add(key);
    entries.push(`[${JSON.stringify(key)}, read${functions.length}],`);
    functions.push(fn);
  }
  const code = functions.join('\n');
  return [
    HEADER_COMMENT,
    "import type { Envelope } from '../formats/format';",
    "import { lowerHeaderValue } from '../http/headers';",
    "import { TRANSFORMS, type Code } from '../pack/codes';",
    code.includes('ownMember(')
      ? "import { isObject, ownMember } from '../pack/codegen/conditionRuntime';"
      : "import { isObject } from '../pack/codegen/conditionRuntime';",
    "import type { MatchContext, Test } from '../pack/conditions';",
    "import type { FastReader, ReaderKit } from '../pack/fastReader';",
    "import type { FieldError } from '../types';",
    code.includes('fieldErrorsFrom')
      ? "import { fieldErrorsFromList, fieldErrorsFromMap } from '../json/fieldErrors';"
      : '',
    code.includes('JsonObject') ? "import type { JsonObject } from '../json/guards';" : '',
    '',
    'type Obj = Record<string, unknown>;',
    'type Cases = NonNullable<ReaderKit["cases"]>;',
    'type Cut = NonNullable<ReaderKit["cut"]>;',
    'const NO_HEADERS: readonly never[] = [];',
    "const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);",
    '',
    code,
    '',
    "/** Each writable built-in envelope's reader, keyed by envelopeKey. */",
    'export const GENERATED_READERS: ReadonlyMap<string, FastReader> = new Map<string, FastReader>([',
    ...entries,
    ']);',
    '',
  ].join('\n');
}
