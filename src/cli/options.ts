import { LANGS, type Lang } from '../core/types';
import { splitInline } from './splitInline';

/** Which options a command takes: flags stand alone, the others take a value. */
export interface OptionSpec {
  readonly flags: readonly string[];
  readonly values: readonly string[];
}

export interface ParsedOptions {
  readonly files: readonly string[];
  readonly flags: ReadonlySet<string>;
  /** Every value given, in order, per option name. */
  readonly values: ReadonlyMap<string, readonly string[]>;
}

/**
 * The arguments after a command name, in the CLI's one syntax: `--name value` or
 * `--name=value`, `-` is a file (stdin), and everything after `--` is a file.
 */
export function parseOptions(rest: readonly string[], spec: OptionSpec): ParsedOptions | string {
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const { name, inline } = splitInline(arg);
    if (spec.flags.includes(name) && inline === undefined) {
      flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) return `unknown option: ${name}`;
    const value = inline ?? rest[++i];
    if (value === undefined) return `${name} needs a value`;
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { files, flags, values };
}

/** The last value given for `name`, if any: a later option overrides an earlier one. */
export function lastValue(options: ParsedOptions, name: string): string | undefined {
  return options.values.get(name)?.at(-1);
}

/** `--lang`'s value (English by default), or the usage-error message. */
export function langOption(options: ParsedOptions): Lang | { readonly error: string } {
  return oneOf('--lang', lastValue(options, '--lang') ?? 'en', LANGS);
}

/** `value` when it is one of `allowed`, else the usage-error message. */
export function oneOf<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
): T | { readonly error: string } {
  const found = allowed.find((a) => a === value);
  return found ?? { error: `${name} must be one of: ${allowed.join(', ')}` };
}
