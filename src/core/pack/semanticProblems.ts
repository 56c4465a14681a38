import type { CodeSpec, Condition, ErrorPack, PackEntry, PackRetry } from './packTypes';
import { pointerToken, type PackProblem } from './problems';

/*
 * What the schema cannot say simply: each condition makes exactly one test of something it can
 * test, a schedule has the fields of its kind, and every range runs from min to max.
 */

const VALUE_TESTS = ['exists', 'equals', 'type', 'oneOf', 'between', 'keysIn', 'contains'] as const;
const HEADER_TESTS = new Set(['exists', 'equals', 'oneOf', 'contains']);
const COMBINATORS = ['anyOf', 'allOf', 'not', 'of'] as const;

function conditionProblems(c: Condition, at: string, out: PackProblem[]): void {
  const tests = VALUE_TESTS.filter((t) => c[t] !== undefined);
  const combinators = COMBINATORS.filter((k) => c[k] !== undefined);
  const targets = (['path', 'header', 'mediaType'] as const).filter((k) => c[k] !== undefined);
  const kinds =
    tests.length +
    combinators.length +
    (c.mediaType === undefined ? 0 : 1) +
    (c.httpStatus === undefined ? 0 : 1);
  const statusWithTarget = c.httpStatus !== undefined && targets.length > 0;
  if (
    kinds !== 1 ||
    targets.length > 1 ||
    statusWithTarget ||
    (combinators.length > 0 && targets.length > 0)
  ) {
    out.push({
      pointer: at,
      message:
        'must make exactly one test: path or header with one of exists, equals, type, oneOf, ' +
        'between, keysIn, contains; or mediaType; or httpStatus; or one of anyOf, allOf, not, ' +
        'atLeast+of',
    });
    return;
  }
  const [test] = tests;
  if (test !== undefined && targets.length === 0) {
    out.push({ pointer: at, message: `"${test}" needs a "path" or a "header"` });
  }
  if (test !== undefined && c.header !== undefined && !HEADER_TESTS.has(test)) {
    out.push({
      pointer: at,
      message: `a header takes exists, equals, oneOf or contains, not "${test}"`,
    });
  }
  if (c.between !== undefined && c.between[0] > c.between[1]) {
    out.push({
      pointer: `${at}/between`,
      message: 'must run from the smaller number to the larger',
    });
  }
  if (c.atLeast !== undefined && c.of !== undefined && c.atLeast > c.of.length) {
    out.push({
      pointer: `${at}/atLeast`,
      message: `cannot exceed the ${c.of.length} conditions of "of"`,
    });
  }
  c.anyOf?.forEach((sub, i) => conditionProblems(sub, `${at}/anyOf/${i}`, out));
  c.allOf?.forEach((sub, i) => conditionProblems(sub, `${at}/allOf/${i}`, out));
  c.of?.forEach((sub, i) => conditionProblems(sub, `${at}/of/${i}`, out));
  if (c.not !== undefined) conditionProblems(c.not, `${at}/not`, out);
}

function retryProblems(retry: PackRetry, at: string, out: PackProblem[]): void {
  const schedule = retry.schedule as
    { kind: string; minSeconds?: number; maxSeconds?: number; base?: number } | undefined;
  if (schedule === undefined) return;
  const where = `${at}/schedule`;
  if (schedule.kind === 'range') {
    if (schedule.minSeconds === undefined || schedule.maxSeconds === undefined) {
      out.push({ pointer: where, message: 'a range needs "minSeconds" and "maxSeconds"' });
    } else if (schedule.minSeconds > schedule.maxSeconds) {
      out.push({ pointer: where, message: '"minSeconds" must not exceed "maxSeconds"' });
    }
    if (schedule.base !== undefined) {
      out.push({ pointer: `${where}/base`, message: 'belongs to an exponential schedule' });
    }
  } else if (schedule.minSeconds !== undefined || schedule.maxSeconds !== undefined) {
    out.push({ pointer: where, message: 'an exponential schedule takes only "base"' });
  }
}

function entriesOf(pack: ErrorPack): [string, PackEntry][] {
  const keyed = (member: 'codes' | 'statuses') =>
    Object.entries(pack[member] ?? {}).map(([key, entry]): [string, PackEntry] => [
      `/${member}/${pointerToken(key)}`,
      entry,
    ]);
  return [
    ...keyed('codes'),
    ...keyed('statuses'),
    ...(pack.ranges ?? []).map((r, i): [string, PackEntry] => [`/ranges/${i}/entry`, r.entry]),
    ...(pack.undocumentedCode
      ? [['/undocumentedCode', pack.undocumentedCode] as [string, PackEntry]]
      : []),
  ];
}

/** Problems of a pack that passed the schema. */
/**
 * Conditions in one pack, nested ones counted. The built-ins have at most a few dozen. A body's
 * items each run the `each` conditions (and a batch's parts the `match`), so a 64,000-condition
 * tree took 2.4 s on a 2 KB body of 1,000 items (fuzz audit); this bounds that work.
 */
export const MAX_CONDITIONS = 1000;

function conditionCount(conditions: readonly Condition[] | undefined): number {
  let count = 0;
  const stack = [...(conditions ?? [])];
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    count++;
    for (const inner of [c.anyOf, c.allOf, c.of, c.not === undefined ? undefined : [c.not]]) {
      if (inner !== undefined) stack.push(...inner);
    }
  }
  return count;
}

function tooManyConditions(pack: ErrorPack): PackProblem | null {
  const { envelope } = pack;
  const code = envelope.code;
  const cases = typeof code === 'object' && !Array.isArray(code) ? (code as CodeSpec).cases : [];
  const lists = [
    envelope.match,
    envelope.success,
    typeof envelope.errors === 'object' ? envelope.errors.each : undefined,
    ...(cases ?? []).map((c) => c.when),
    ...(pack.retryOverrides ?? []).map((o) => o.when),
  ];
  const total = lists.reduce((sum, list) => sum + conditionCount(list), 0);
  return total > MAX_CONDITIONS
    ? { pointer: '', message: `has ${total} conditions, more than ${MAX_CONDITIONS}` }
    : null;
}

export function semanticProblems(pack: ErrorPack): PackProblem[] {
  const out: PackProblem[] = [];
  const tooMany = tooManyConditions(pack);
  if (tooMany !== null) return [tooMany];
  const { envelope } = pack;
  envelope.match.forEach((c, i) => conditionProblems(c, `/envelope/match/${i}`, out));
  envelope.success?.forEach((c, i) => conditionProblems(c, `/envelope/success/${i}`, out));
  if (typeof envelope.errors === 'object') {
    envelope.errors.each?.forEach((c, i) =>
      conditionProblems(c, `/envelope/errors/each/${i}`, out),
    );
  }
  const { code } = envelope;
  if (typeof code === 'object' && !Array.isArray(code)) {
    (code as CodeSpec).cases?.forEach((c, i) =>
      c.when.forEach((w, j) => conditionProblems(w, `/envelope/code/cases/${i}/when/${j}`, out)),
    );
  }
  pack.retryOverrides?.forEach((o, i) => {
    o.when.forEach((w, j) => conditionProblems(w, `/retryOverrides/${i}/when/${j}`, out));
    retryProblems(o.retry, `/retryOverrides/${i}/retry`, out);
  });
  for (const [at, entry] of entriesOf(pack)) retryProblems(entry.retry, `${at}/retry`, out);
  pack.ranges?.forEach((range, i) => {
    if (range.min > range.max) {
      out.push({ pointer: `/ranges/${i}`, message: '"min" must not exceed "max"' });
    }
  });
  return out;
}

export { entriesOf };
