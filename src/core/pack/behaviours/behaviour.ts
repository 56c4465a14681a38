import type { JsonObject } from '../../json/guards';
import type { MatchContext } from '../conditions';
import type { Envelope, EnvelopeError } from '../../formats/format';

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
  /** Builds the details of one error from its object, in place of the pack's `details`. */
  details?(item: JsonObject, code: string | number | null): unknown;
  /** Adjusts the envelope of an object body that holds errors: notes, details. */
  finish?(body: JsonObject, envelope: Envelope): Envelope;
}
