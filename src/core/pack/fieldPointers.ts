import type { FieldPointers } from '../types';
import type { EnvelopeSpec } from './packTypes';
import { sourceList } from './sources';

/** Which source gave a field: its index in the pack's list, or NONE (a default, or no source). */
export const NONE = -1;

/** A source's pointer, or `undefined` for a header (the panel points into the body only). */
function pointerOf(source: string | undefined): string | undefined {
  return source === undefined || source.startsWith('header:') ? undefined : source;
}

type Mutable = { -readonly [K in keyof FieldPointers]: FieldPointers[K] };

/**
 * The `pointers` of a pack's errors (where the panel's JSON viewer points), built from which
 * source gave each field. A field no source gave points at the last place looked, as the seed
 * formats did; a code that fell back to its default points nowhere. Top-level errors share one
 * object per combination, so decoding allocates none for them.
 */
export interface PointerMaker {
  /** `at` is the error's own pointer ("" for the body itself, "/errors/2" for an item). */
  make(at: string, codeHit: number, messageHit: number): FieldPointers;
  /** The same pointers, and the request id's (read at the body's top level), when a body source gave it. */
  withRequestId(pointers: FieldPointers, requestIdHit: number): FieldPointers;
}

export function compilePointers(spec: EnvelopeSpec): PointerMaker {
  const { code: codeSpec } = spec;
  const codeSources = sourceList(
    typeof codeSpec === 'object' && 'from' in codeSpec ? codeSpec.from : codeSpec,
  );
  const messageSources = sourceList(spec.message);
  const requestIdSources = sourceList(spec.requestId ?? 'header:X-Request-Id');
  const fieldErrors = spec.fieldErrors?.path;
  const pick = (sources: readonly string[], hit: number, lastWhenNone: boolean) =>
    pointerOf(hit >= 0 ? sources[hit] : lastWhenNone ? sources.at(-1) : undefined);

  const build = (at: string, codeHit: number, messageHit: number): FieldPointers => {
    const out: Mutable = {};
    // NONE for a code means a default stood in; a code that was looked for but not found is
    // `codeHit` = -2, which points at the last source looked at.
    const code = pick(codeSources, codeHit, codeHit !== NONE);
    const message = pick(messageSources, messageHit, true);
    if (code !== undefined) out.code = at + code;
    if (message !== undefined) out.message = at + message;
    if (fieldErrors !== undefined) out.fieldErrors = at + fieldErrors;
    return out;
  };

  // Top-level pointers, shared: [code hit + 2][message hit + 1].
  const shared: FieldPointers[][] = [];
  // Weak: an item's own pointers are not kept once its decoding is gone.
  const withId = new WeakMap<FieldPointers, FieldPointers[]>();
  return {
    make(at, codeHit, messageHit) {
      if (at !== '') return build(at, codeHit, messageHit);
      const row = (shared[codeHit + 2] ??= []);
      return (row[messageHit + 1] ??= build('', codeHit, messageHit));
    },
    withRequestId(pointers, requestIdHit) {
      const requestId = pick(requestIdSources, requestIdHit, false);
      if (requestId === undefined) return pointers;
      let row = withId.get(pointers);
      if (row === undefined) withId.set(pointers, (row = []));
      return (row[requestIdHit] ??= { ...pointers, requestId });
    },
  };
}
