import type { JsonObject } from '../../json/guards';
import type { Envelope } from '../../formats/format';

/**
 * What JSON cannot say about an envelope, as a small piece of code that a pack names in
 * `behaviours`. Each hook is optional; a pack without behaviours needs none of them.
 */
export interface Behaviour {
  /** Reads a whole body, calling `readOne` on each part (a batch reads each item of an array). */
  readBody?(body: unknown, readOne: (part: unknown) => Envelope | null): Envelope | null;
  /** Builds the details of one error from its object, in place of the pack's `details`. */
  details?(item: JsonObject, code: string | number | null): unknown;
  /** Adjusts the envelope read from an object body: notes, details. */
  finish?(body: JsonObject, envelope: Envelope): Envelope;
}
