import { LANGS, type Lang } from '../core/types';
import { splitInline } from './splitInline';
import { parsePin, pinnableFormats, type Pin } from './pins';
import { parseReportArgs, REPORT_HELP, REPORT_USAGE, type ReportArgs } from './reportArgs';
import { CHECK_HELP, CHECK_USAGE, parseCheckArgs, type CheckArgs } from './checkArgs';
import { PACK_HELP, PACK_USAGE, parsePackArgs, type PackArgs } from './packArgs';
import { DIFF_HELP, DIFF_USAGE, parseDiffArgs, type DiffArgs } from './diffArgs';

export const USAGE = `Usage: api-error-decoder decode FILE.har [--lang en|ru] [--host PATTERN]...
         [--pin HOST=FORMAT]... [--pack FILE]... [--json]
${REPORT_USAGE}
${PACK_USAGE}
${CHECK_USAGE}
${DIFF_USAGE}

Lists the failed API calls in a HAR file and explains each one. FILE "-" reads stdin.

Options:
  --lang en|ru      language of the explanations (default: en)
  --host PATTERN    keep only these hosts, as in Chrome's "domain:" filter
                    (*.example.com, 127.0.0.1:8080); repeat to allow several
  --pin HOST=FORMAT decode bodies from HOST (a pattern as in --host) as FORMAT
                    first, to settle a body two formats could claim; repeatable,
                    the last matching pin wins; FORMAT is one of
                    ${pinnableFormats().join(', ')}
                    or the id of a pack given with --pack
  --pack FILE       also decode with this error pack (docs/error-packs.md); repeatable;
                    a pack for a host is tried before the built-in formats
  --json            print one JSON document {"errors": [...]} instead of a table
  -h, --help        print this help

${REPORT_HELP}

${PACK_HELP}

${CHECK_HELP}

${DIFF_HELP}`;

export interface DecodeArgs {
  readonly file: string;
  readonly lang: Lang;
  readonly hosts: readonly string[];
  /** `--pin HOST=FORMAT`, in the order given. */
  readonly pins: readonly Pin[];
  readonly json: boolean;
  /** `--pack FILE`: user packs for this run, in the order given. */
  readonly packs?: readonly string[];
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'decode'; readonly args: DecodeArgs }
  | { readonly kind: 'report'; readonly args: ReportArgs }
  | { readonly kind: 'check'; readonly args: CheckArgs }
  | { readonly kind: 'diff'; readonly args: DiffArgs }
  | { readonly kind: 'pack'; readonly args: PackArgs }
  | { readonly kind: 'usage-error'; readonly message: string };

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** argv after the script name → what to do. Pure, so every path is unit-tested. */
export function parseArgs(argv: readonly string[]): Command {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command' };
  if (command === 'report') return parseReportArgs(rest);
  if (command === 'check') return parseCheckArgs(rest);
  if (command === 'diff') return parseDiffArgs(rest);
  if (command === 'pack') return parsePackArgs(rest);
  if (command !== 'decode') return { kind: 'usage-error', message: `unknown command: ${command}` };

  const files: string[] = [];
  const hosts: string[] = [];
  const pins: Pin[] = [];
  const packs: string[] = [];
  let lang: Lang = 'en';
  let json = false;
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
    if (name === '--json' && inline === undefined) {
      json = true;
      continue;
    }
    if (name !== '--lang' && name !== '--host' && name !== '--pin' && name !== '--pack') {
      return { kind: 'usage-error', message: `unknown option: ${name}` };
    }
    const value = inline ?? rest[++i];
    if (value === undefined) return { kind: 'usage-error', message: `${name} needs a value` };
    if (name === '--host') {
      hosts.push(value);
    } else if (name === '--pack') {
      packs.push(value);
    } else if (name === '--pin') {
      const pin = parsePin(value);
      if (typeof pin === 'string') return { kind: 'usage-error', message: pin };
      pins.push(pin);
    } else if (isLang(value)) {
      lang = value;
    } else {
      return { kind: 'usage-error', message: `--lang must be one of: ${LANGS.join(', ')}` };
    }
  }

  const [file, ...extra] = files;
  if (file === undefined) return { kind: 'usage-error', message: 'missing FILE.har' };
  if (extra.length > 0) return { kind: 'usage-error', message: `unexpected argument: ${extra[0]}` };
  return {
    kind: 'decode',
    args: { file, lang, hosts, pins, json, ...(packs.length > 0 ? { packs } : {}) },
  };
}
