import type { JsonObject } from '../../json/guards';
import type { MatchContext } from '../conditions';
import type { Envelope, EnvelopeError } from '../../formats/format';
import type { Text } from '../../types';

/** The errors of a body: empty for a success, as a format's recognize() gives them. */
export type ErrorList = readonly EnvelopeError[];

/**
 * What JSON cannot say about an envelope, as a small piece of code that a pack names in
 * `behaviours`. Each hook is optional; a pack without behaviours needs none of them.
 */
export interface Behaviour {
  /**
   * Reads a whole body, calling `readPart` on each part (a batch reads each item of an array)
   * with the part's JSON Pointer in the body ("/3"), so its errors point into it, and the
   * response's context passed through (no closure per body).
   */
  readBody?(
    body: unknown,
    readPart: (part: unknown, at: string, context: MatchContext | undefined) => ErrorList | null,
    context: MatchContext | undefined,
  ): ErrorList | null;
  /**
   * `readBody` reads any body but an array as one part (`readPart(body, '')`), so the pack's
   * conditions apply to it as they would without `readBody`, and its top-level test may be run.
   */
  readonly partsOnlyInArrays?: boolean;
  /** Builds the details of one error from its object, in place of the pack's `details`. */
  details?(item: JsonObject, code: string | number | null): unknown;
  /** Adjusts the envelope of an object body that holds errors: notes, details. */
  finish?(body: JsonObject, envelope: Envelope): Envelope;
}

/**
 * The envelope with other errors, request id and notes (none when `undefined`), its retry
 * override kept. Written out, not spread: a spread here made objects that every later read paid
 * for (~8 µs a google-rpc 429 body, bench).
 */
export function withErrors(
  envelope: Envelope,
  errors: readonly EnvelopeError[],
  requestId: string | null,
  notes: readonly Text[] | undefined,
): Envelope {
  const out: { -readonly [K in keyof Envelope]: Envelope[K] } = { errors, requestId };
  if (notes !== undefined) out.notes = notes;
  if (envelope.retryOverride !== undefined) out.retryOverride = envelope.retryOverride;
  return out;
}
