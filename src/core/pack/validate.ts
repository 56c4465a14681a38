import { checkLimits, MAX_PACK_CHARS } from './limits';
import type { ErrorPack } from './packTypes';
import type { PackProblem } from './problems';
import { schemaProblems } from './schemaProblems';
import { semanticProblems } from './semanticProblems';

export type PackValidation =
  | { readonly ok: true; readonly pack: ErrorPack }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

const refuse = (message: string): PackValidation => ({
  ok: false,
  problems: [{ pointer: '', message }],
});

/** The pack as plain JSON data: its text parsed, or a value passed through JSON and back. */
function asJson(input: unknown): { value: unknown } | { problem: string } {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      // Drops prototypes, getters' surprises and anything that is not JSON.
      text = JSON.stringify(input) ?? '';
    } catch {
      return { problem: 'is not JSON data' };
    }
  }
  if (text.length > MAX_PACK_CHARS) {
    return { problem: `is larger than ${MAX_PACK_CHARS / (1024 * 1024)} MB` };
  }
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    return {
      problem: `is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
}

/**
 * Checks a pack (its JSON text or value) against the schema and the rules the schema cannot
 * state, and lists every problem. Never throws; a pack is data and is never evaluated.
 */
export function validatePack(input: unknown): PackValidation {
  const json = asJson(input);
  if ('problem' in json) return refuse(json.problem);
  const tooBig = checkLimits(json.value);
  if (tooBig !== null) return { ok: false, problems: [tooBig] };
  const problems = schemaProblems(json.value);
  if (problems.length > 0) return { ok: false, problems };
  const pack = json.value as ErrorPack;
  const semantic = semanticProblems(pack);
  return semantic.length > 0 ? { ok: false, problems: semantic } : { ok: true, pack };
}
