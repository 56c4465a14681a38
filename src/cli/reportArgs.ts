import { LANGS, type Lang } from '../core/types';
import { splitInline } from './splitInline';

export interface ReportArgs {
  readonly file: string;
  /** 0-based index in log.entries, as `decode --json` prints it. */
  readonly entry: number;
  readonly lang: Lang;
  /** Print the request as a cURL command instead of the report. */
  readonly curl: boolean;
  /** `--pack FILE`: user packs for this run. */
  readonly packs?: readonly string[];
}

export type ReportCommand =
  | { readonly kind: 'report'; readonly args: ReportArgs }
  | { readonly kind: 'usage-error'; readonly message: string };

export const REPORT_USAGE = `       api-error-decoder report --entry N FILE.har [--lang en|ru] [--curl]
         [--pack FILE]...`;

export const REPORT_HELP = `The report command prints a Markdown support report for HAR entry N (0-based, the
"entry" of decode --json): request id, endpoint, method, time, status, error.code. With --curl it
prints the request as a cURL command instead. --pack FILE decodes with that error pack too, as in
decode. Tokens, keys, cookies and passwords are redacted.`;

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The arguments after `report`. Pure, like parseArgs. */
export function parseReportArgs(rest: readonly string[]): ReportCommand {
  const files: string[] = [];
  let entry: number | undefined;
  let lang: Lang = 'en';
  let curl = false;
  const packs: string[] = [];
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
    if (name === '--curl' && inline === undefined) {
      curl = true;
      continue;
    }
    if (name !== '--entry' && name !== '--lang' && name !== '--pack') {
      return { kind: 'usage-error', message: `unknown option: ${name}` };
    }
    const value = inline ?? rest[++i];
    if (value === undefined) return { kind: 'usage-error', message: `${name} needs a value` };
    if (name === '--pack') {
      packs.push(value);
    } else if (name === '--entry') {
      if (!/^\d{1,9}$/.test(value)) {
        return { kind: 'usage-error', message: `--entry must be a number from 0: ${value}` };
      }
      entry = Number(value);
    } else if (isLang(value)) {
      lang = value;
    } else {
      return { kind: 'usage-error', message: `--lang must be one of: ${LANGS.join(', ')}` };
    }
  }
  const [file, ...extra] = files;
  if (entry === undefined) return { kind: 'usage-error', message: 'report needs --entry N' };
  if (file === undefined) return { kind: 'usage-error', message: 'missing FILE.har' };
  if (extra.length > 0) return { kind: 'usage-error', message: `unexpected argument: ${extra[0]}` };
  return {
    kind: 'report',
    args: { file, entry, lang, curl, ...(packs.length > 0 ? { packs } : {}) },
  };
}
