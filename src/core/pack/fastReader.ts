import type { Envelope } from '../formats/format';
import type { FieldError } from '../types';
import type { Behaviour } from './behaviours/index';
import type { CodeReader } from './codes';
import type { MatchContext, Test } from './conditions';
import type { PointerMaker } from './fieldPointers';
import type { EnvelopeSpec } from './packTypes';

/**
 * What a generated reader (packs/readers.generated.ts) needs of its pack at run time: the parts
 * of the compiled reader it calls rather than writes out (readEnvelope.ts passes them).
 */
export interface ReaderKit {
  readonly success: Test | null;
  readonly cases: CodeReader['cases'];
  readonly cut: CodeReader['cut'];
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
