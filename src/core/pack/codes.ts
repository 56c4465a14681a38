import type { CodeSpec, CodeTransform, Sources } from './packTypes';
import { compileSources, type ReadContext } from './sources';

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

export interface CodeReader {
  read(item: unknown, context: ReadContext | undefined): Code | null;
  /** A body whose code cannot be read is not this format. */
  readonly required: boolean;
}

function isSpec(code: Sources | CodeSpec): code is CodeSpec {
  return typeof code === 'object' && !Array.isArray(code);
}

export function compileCode(code: Sources | CodeSpec | undefined): CodeReader {
  if (code === undefined) return { read: () => null, required: false };
  const spec: CodeSpec = isSpec(code) ? code : { from: code };
  const read = compileSources(spec.from, TRANSFORMS[spec.as ?? 'any']);
  const fallback = spec.default;
  return {
    read:
      fallback === undefined
        ? read
        : (item, context) => {
            const value = read(item, context);
            return value === null || value === '' ? fallback : value;
          },
    required: spec.required === true,
  };
}
