import { compileConditions, type MatchContext, type Test } from './conditions';
import type { CodeCut, CodeSpec, CodeTransform, Sources } from './packTypes';
import { compileSourcesHit } from './sources';

export type Code = string | number;

const DIGITS = /^\d{1,15}$/;

/** What each named transform keeps of a raw value; anything else is no code. */
export const TRANSFORMS: Readonly<Record<CodeTransform, (value: unknown) => Code | null>> = {
  any: (value) =>
    typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
      ? value
      : null,
  string: (value) => (typeof value === 'string' ? value : null),
  // Some servers quote numeric codes ("1008"): kept as sent, the catalog is keyed by String(code).
  numeric: (value) =>
    typeof value === 'number'
      ? Number.isFinite(value)
        ? value
        : null
      : typeof value === 'string' && DIGITS.test(value)
        ? value
        : null,
};

export const CODE_TRANSFORMS = Object.keys(TRANSFORMS) as readonly CodeTransform[];

/** `hit` after a read: the default stood in. */
export const DEFAULTED = -1;
/** `hit` after a read: no source gave a code, and there is no default. */
export const MISSING = -2;

export interface CodeReader {
  read(item: unknown, context: MatchContext | undefined): Code | null;
  /** After a read: the index of the source that gave the code, DEFAULTED or MISSING. */
  readonly hit: number;
  /** A body whose code cannot be read is not this format. */
  readonly required: boolean;
  /** The compiled `cases` and `cut`, for a generated reader (packs/readers.generated.ts). */
  readonly cases: ((item: unknown, context: MatchContext | undefined) => string | null) | null;
  readonly cut: ((code: Code | null) => Code | null) | null;
}

function isSpec(code: Sources | CodeSpec): code is CodeSpec {
  return typeof code === 'object' && !Array.isArray(code);
}

/** `ns#Type:uri` with cuts [{before ":"}, {after "#"}] → `Type`; a missing separator cuts nothing. */
function compileCuts(
  cuts: readonly CodeCut[] | undefined,
): ((code: Code | null) => Code | null) | null {
  if (cuts === undefined || cuts.length === 0) return null;
  return (code) => {
    if (typeof code !== 'string') return code;
    let text = code;
    for (const cut of cuts) {
      const before = 'before' in cut;
      const separator = before ? cut.before : cut.after;
      const at = text.indexOf(separator);
      if (at >= 0) text = before ? text.slice(0, at) : text.slice(at + separator.length);
    }
    return text;
  };
}

/** The first case whose conditions hold gives its code; `null` when none does. */
function compileCases(
  spec: CodeSpec,
): ((item: unknown, context: MatchContext | undefined) => string | null) | null {
  if (spec.cases === undefined || spec.cases.length === 0) return null;
  const cases = spec.cases.map((c): [Test, string] => [compileConditions(c.when), c.code]);
  return (item, context) => {
    for (const [test, code] of cases) if (test(item, context)) return code;
    return null;
  };
}

export function compileCode(code: Sources | CodeSpec | undefined): CodeReader {
  if (code === undefined) {
    return { read: () => null, required: false, hit: MISSING, cases: null, cut: null };
  }
  const spec: CodeSpec = isSpec(code) ? code : { from: code };
  const sources = compileSourcesHit(spec.from, TRANSFORMS[spec.as ?? 'any']);
  const fallback = spec.default;
  const cases = compileCases(spec);
  const cut = compileCuts(spec.cut);
  const reader = {
    hit: MISSING,
    read(item: unknown, context: MatchContext | undefined): Code | null {
      const implied = cases?.(item, context) ?? null;
      if (implied !== null) {
        reader.hit = DEFAULTED; // the response, not a body field, gave it: nothing to point at
        return implied;
      }
      const read = sources.read(item, context);
      const value = cut === null ? read : cut(read);
      if (fallback !== undefined && (value === null || value === '')) {
        reader.hit = DEFAULTED;
        return fallback;
      }
      reader.hit = value === null ? MISSING : sources.hit;
      return value;
    },
    required: spec.required === true,
    cases,
    cut,
  };
  return reader;
}
