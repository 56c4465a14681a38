import type { Envelope } from '../formats/format';
import type { FieldError } from '../types';
import type { Behaviour } from './behaviours/index';
import { compileCases, compileCuts, type Code } from './codes';
import { compileConditions, type MatchContext, type Test } from './conditions';
import { compileFieldErrors } from './fieldErrors';
import type { PointerMaker } from './fieldPointers';
import type { EnvelopeSpec } from './packTypes';

/**
 * What a generated reader (packs/readers.generated.ts) needs of its pack at run time, compiled
 * once: the parts it calls rather than writes out.
 */
export interface ReaderKit {
  readonly success: Test | null;
  readonly cases: ((item: unknown, context: MatchContext | undefined) => string | null) | null;
  readonly cut: ((code: Code | null) => Code | null) | null;
  readonly fieldErrors: (item: unknown) => readonly FieldError[];
  readonly pointers: PointerMaker;
  readonly detailsHook: NonNullable<Behaviour['details']> | null;
  readonly finishers: readonly NonNullable<Behaviour['finish']>[];
}

/**
 * A built-in pack's envelope reader, written out for a body its claim has just held for: the
 * errors, `null` when it is not this format after all, or `undefined` for a case it leaves to
 * the compiled reader (the success shape).
 */
export type FastReader = (
  body: unknown,
  context: MatchContext | undefined,
  kit: ReaderKit,
) => Envelope | null | undefined;

/** The key a generated reader is looked up by: the envelope's JSON, as the pack states it. */
export function envelopeKey(spec: EnvelopeSpec): string {
  return JSON.stringify(spec);
}

/**
 * Whether a reader can be written out for an envelope: one error read from the body itself (no
 * `errors` list, no behaviour that reads the body its own way), `details` at a pointer. The
 * behaviours' other hooks and the retry overrides are called as the compiled reader calls them.
 */
export function writable(spec: EnvelopeSpec, behaviours: readonly Behaviour[]): boolean {
  return (
    !behaviours.some((b) => b.readBody !== undefined) &&
    spec.errors === undefined &&
    (spec.details === undefined || typeof spec.details === 'string')
  );
}

export function compileKit(
  spec: EnvelopeSpec,
  behaviours: readonly Behaviour[],
  pointers: PointerMaker,
): ReaderKit {
  const code = spec.code;
  const codeSpec = typeof code === 'object' && 'from' in code ? code : undefined;
  return {
    success: spec.success === undefined ? null : compileConditions(spec.success),
    cases: codeSpec === undefined ? null : compileCases(codeSpec),
    cut: codeSpec === undefined ? null : compileCuts(codeSpec.cut),
    fieldErrors: compileFieldErrors(spec.fieldErrors),
    pointers,
    detailsHook: behaviours.find((b) => b.details)?.details ?? null,
    finishers: behaviours.flatMap((b) => (b.finish ? [b.finish] : [])),
  };
}
