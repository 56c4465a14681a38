import type { ErrorFormat } from '../core/formats/format';
import type { PackSet } from '../core/pack/packSet';
import { readUserPack, userPackSet } from '../core/pack/userPacks';
import { USAGE } from './args';
import { checkPins, type Pin } from './pins';
import { EXIT_USAGE, fileErrorReason, type CliIo } from './run';

/** A pack file read and checked: its compiled format, or one `FILE: problem` line per problem. */
export type PackFileResult =
  | { readonly ok: true; readonly file: string; readonly format: ErrorFormat }
  | { readonly ok: false; readonly file: string; readonly lines: readonly string[] };

export function readPackFile(io: CliIo, file: string): PackFileResult {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { ok: false, file, lines: [`${file}: ${fileErrorReason(error)}`] };
  }
  const read = readUserPack(text);
  if (!read.ok) return { ok: false, file, lines: read.lines.map((line) => `${file}: ${line}`) };
  return { ok: true, file, format: read.format };
}

/**
 * `--pack FILE...` → the packs for this run, or every problem of every refused file (a run
 * never goes ahead with part of what the user asked for).
 */
export function readPackFiles(
  io: CliIo,
  files: readonly string[],
): { readonly formats: readonly ErrorFormat[] } | { readonly lines: readonly string[] } {
  const results = files.map((file) => readPackFile(io, file));
  const lines = results.flatMap((r) => (r.ok ? [] : r.lines));
  if (lines.length > 0) return { lines };
  return { formats: results.flatMap((r) => (r.ok ? [r.format] : [])) };
}

/** The packs for a decode or report run; prints the problems and gives `null` when refused. */
export function packSetForRun(
  io: CliIo,
  files: readonly string[] | undefined,
): PackSet | undefined | null {
  if (files === undefined || files.length === 0) return undefined;
  const read = readPackFiles(io, files);
  if ('lines' in read) {
    io.stderr(`api-error-decoder: invalid pack\n${read.lines.join('\n')}\n`);
    return null;
  }
  return userPackSet(read.formats);
}

/**
 * The packs of a run (`--pack`) with its pins (`--pin`) checked against them, since a pin may
 * name a user pack's id; prints what is wrong and gives the exit code instead.
 */
export function packsForRun(
  io: CliIo,
  files: readonly string[] | undefined,
  pins: readonly Pin[] = [],
): { readonly packs: PackSet | undefined } | { readonly exit: number } {
  const packs = packSetForRun(io, files);
  if (packs === null) return { exit: EXIT_USAGE };
  const problem = checkPins(pins, packs);
  if (problem === null) return { packs };
  io.stderr(`api-error-decoder: ${problem}\n\n${USAGE}\n`);
  return { exit: EXIT_USAGE };
}
