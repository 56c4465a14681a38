import type { Lang } from '../core/types';
import { langOption, lastValue, oneOf, parseOptions } from './options';
import { parsePin, type Pin } from './pins';

export const FAIL_ON = ['error', 'unknown', 'violation', 'none'] as const;
/** What makes `check` exit 1. */
export type FailOn = (typeof FAIL_ON)[number];
export const CHECK_FORMATS = ['table', 'json', 'markdown', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckArgs {
  readonly files: readonly string[];
  readonly failOn: FailOn;
  readonly format: CheckFormat;
  readonly lang: Lang;
  readonly hosts: readonly string[];
  readonly pins: readonly Pin[];
  /** `--pack FILE`: user packs for this run, in the order given. */
  readonly packs?: readonly string[];
}

export type CheckCommand =
  | { readonly kind: 'check'; readonly args: CheckArgs }
  | { readonly kind: 'usage-error'; readonly message: string };

export const CHECK_USAGE = `       api-error-decoder check FILE.har... [--fail-on error|unknown|violation|none]
         [--format table|json|markdown|junit] [--lang en|ru] [--host PATTERN]...
         [--pin HOST=FORMAT]... [--pack FILE]...`;

export const CHECK_HELP = `The check command is a CI gate over HAR files. It exits 1 when they hold what --fail-on names,
0 otherwise, and 2 when a file cannot be read:
  --fail-on error      any decoded API error (the default)
  --fail-on unknown    an error whose code its format does not document
  --fail-on violation  a retry rule broken by the app (the retry audit)
  --fail-on none       never; only the report
  --format table|json|markdown|junit   the report on stdout: a summary table (default), JSON,
                    Markdown for a pull-request comment, or JUnit XML with one test case per
                    error, failing per --fail-on`;

const usage = (message: string): CheckCommand => ({ kind: 'usage-error', message });

/** The arguments after `check`. Pure, like parseArgs. */
export function parseCheckArgs(rest: readonly string[]): CheckCommand {
  const options = parseOptions(rest, {
    flags: [],
    values: ['--fail-on', '--format', '--lang', '--host', '--pin', '--pack'],
  });
  if (typeof options === 'string') return usage(options);
  const failOn = oneOf('--fail-on', lastValue(options, '--fail-on') ?? 'error', FAIL_ON);
  if (typeof failOn !== 'string') return usage(failOn.error);
  const format = oneOf('--format', lastValue(options, '--format') ?? 'table', CHECK_FORMATS);
  if (typeof format !== 'string') return usage(format.error);
  const lang = langOption(options);
  if (typeof lang !== 'string') return usage(lang.error);
  const pins: Pin[] = [];
  for (const value of options.values.get('--pin') ?? []) {
    const pin = parsePin(value);
    if (typeof pin === 'string') return usage(pin);
    pins.push(pin);
  }
  if (options.files.length === 0) return usage('missing FILE.har');
  if (options.files.filter((f) => f === '-').length > 1) return usage('stdin can be read once');
  const hosts = options.values.get('--host') ?? [];
  const packs = options.values.get('--pack') ?? [];
  return {
    kind: 'check',
    args: {
      files: options.files,
      failOn,
      format,
      lang,
      hosts,
      pins,
      ...(packs.length > 0 ? { packs } : {}),
    },
  };
}
