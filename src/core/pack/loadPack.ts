import type { ErrorFormat } from '../formats/format';
import { compilePack, type PackOrigin } from './compile';
import type { PackProblem } from './problems';
import { validatePack } from './validate';

export type LoadedPack =
  | { readonly ok: true; readonly format: ErrorFormat }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

/** The one way in for every pack, built-in or the user's: validate, then compile once. */
export function loadPack(input: unknown, origin: PackOrigin): LoadedPack {
  const checked = validatePack(input);
  return checked.ok ? { ok: true, format: compilePack(checked.pack, origin) } : checked;
}
