import type { CodeSpec, CodeTransform, Sources } from './packTypes';
import { compileSourcesHit, type ReadContext } from './sources';

type Code = string | number;

const DIGITS = /^\d{1,15}$/;

/** What each named transform keeps of a raw value; anything else is no code. */
const TRANSFORMS: Readonly<Record<CodeTransform, (value: unknown) => Code | null>> = {
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
  read(item: unknown, context: ReadContext | undefined): Code | null;
  /** After a read: the index of the source that gave the code, DEFAULTED or MISSING. */
  readonly hit: number;
  /** A body whose code cannot be read is not this format. */
  readonly required: boolean;
}

function isSpec(code: Sources | CodeSpec): code is CodeSpec {
  return typeof code === 'object' && !Array.isArray(code);
}

export function compileCode(code: Sources | CodeSpec | undefined): CodeReader {
  if (code === undefined) return { read: () => null, required: false, hit: MISSING };
  const spec: CodeSpec = isSpec(code) ? code : { from: code };
  const sources = compileSourcesHit(spec.from, TRANSFORMS[spec.as ?? 'any']);
  const fallback = spec.default;
  const reader = {
    hit: MISSING,
    read(item: unknown, context: ReadContext | undefined): Code | null {
      const value = sources.read(item, context);
      if (fallback !== undefined && (value === null || value === '')) {
        reader.hit = DEFAULTED;
        return fallback;
      }
      reader.hit = value === null ? MISSING : sources.hit;
      return value;
    },
    required: spec.required === true,
  };
  return reader;
}
