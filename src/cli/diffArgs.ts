import type { Lang } from '../core/types';
import { langOption, lastValue, parseOptions } from './options';

export interface DiffArgs {
  readonly base: string;
  readonly next: string;
  readonly json: boolean;
  /** A code "grew" when its count in NEW is more than `factor` times its count in BASE. */
  readonly factor: number;
  readonly lang: Lang;
  readonly hosts: readonly string[];
  /** `--pack FILE`: user packs for this run, for both files. */
  readonly packs?: readonly string[];
}

export type DiffCommand =
  | { readonly kind: 'diff'; readonly args: DiffArgs }
  | { readonly kind: 'usage-error'; readonly message: string };

export const DEFAULT_FACTOR = 2;

export const DIFF_USAGE = `       api-error-decoder diff BASE.har NEW.har [--json] [--factor N] [--lang en|ru]
         [--host PATTERN]... [--pack FILE]...`;

export const DIFF_HELP = `The diff command tells what is new in NEW.har against BASE.har: (host, format, code) that BASE
does not have, codes whose count grew more than --factor times (default ${DEFAULT_FACTOR}), and retry rules
broken after an error that BASE has no such violation for. It exits 1 when something is new, 0
when nothing is, and 2 when a file cannot be read. An error without a code counts by its HTTP
status.`;

const usage = (message: string): DiffCommand => ({ kind: 'usage-error', message });

/** The arguments after `diff`. Pure, like parseArgs. */
export function parseDiffArgs(rest: readonly string[]): DiffCommand {
  const options = parseOptions(rest, {
    flags: ['--json'],
    values: ['--factor', '--lang', '--host', '--pack'],
  });
  if (typeof options === 'string') return usage(options);
  const factorText = lastValue(options, '--factor') ?? String(DEFAULT_FACTOR);
  const factor = Number(factorText);
  if (!/^\d+(\.\d+)?$/.test(factorText) || !(factor >= 1)) {
    return usage(`--factor must be a number of at least 1: ${factorText}`);
  }
  const lang = langOption(options);
  if (typeof lang !== 'string') return usage(lang.error);
  const [base, next, ...extra] = options.files;
  if (base === undefined || next === undefined) return usage('diff needs BASE.har and NEW.har');
  if (extra.length > 0) return usage(`unexpected argument: ${extra[0]}`);
  if (base === '-' && next === '-') return usage('only one of BASE and NEW can be stdin');
  const hosts = options.values.get('--host') ?? [];
  const packs = options.values.get('--pack') ?? [];
  const json = options.flags.has('--json');
  return {
    kind: 'diff',
    args: { base, next, json, factor, lang, hosts, ...(packs.length > 0 ? { packs } : {}) },
  };
}
