import { decode, exchangeFromHarEntry, harEntries, type PackSet } from '../core/index';
import { packSetForRun } from './packFiles';
import { harRequestBody, supportReport, toCurl } from '../core/report/index';
import { harFileEntries } from './harFile';
import type { ReportArgs } from './reportArgs';
import { EXIT_OK, EXIT_USAGE, harFileFailure, type CliIo } from './run';

const PROGRAM = 'api-error-decoder';

/** Entry `index` of a stream of entries, read no further than it; else how many there are. */
function nth(entries: Iterable<unknown>, index: number): { found: unknown } | { count: number } {
  let count = 0;
  for (const entry of entries) {
    if (count++ === index) return { found: entry };
  }
  return { count };
}

/** A HAR (text or entries) → the report (or cURL) for one entry, or why it has none. */
export function reportFromHar(
  input: string | Iterable<unknown>,
  args: Pick<ReportArgs, 'entry' | 'lang' | 'curl'>,
  packs?: PackSet,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string } {
  const picked = nth(typeof input === 'string' ? harEntries(input) : input, args.entry);
  if (!('found' in picked)) {
    const n = picked.count;
    return {
      ok: false,
      reason: `entry ${args.entry} out of range (${n} ${n === 1 ? 'entry' : 'entries'}, from 0)`,
    };
  }
  const raw = picked.found;
  const exchange = exchangeFromHarEntry(raw);
  if (args.curl) {
    return { ok: true, text: `${toCurl({ ...exchange, requestBody: harRequestBody(raw) })}\n` };
  }
  const decoded = decode(exchange, packs === undefined ? {} : { packs });
  if (decoded === null) {
    return { ok: false, reason: `entry ${args.entry} is not an error (HTTP ${exchange.status})` };
  }
  return {
    ok: true,
    text: supportReport({ ...exchange, decoded, ...(packs ? { packs } : {}) }, args.lang),
  };
}

/** `report --entry N FILE.har`: prints the support report; exit 2 with one line when it cannot. */
export function runReport(args: ReportArgs, io: CliIo): number {
  const packs = packSetForRun(io, args.packs);
  if (packs === null) return EXIT_USAGE;
  try {
    const result = reportFromHar(harFileEntries(io, args.file), args, packs);
    if (!result.ok) {
      io.stderr(`${PROGRAM}: ${args.file}: ${result.reason}\n`);
      return EXIT_USAGE;
    }
    io.stdout(result.text);
    return EXIT_OK;
  } catch (error) {
    return harFileFailure(error, io);
  }
}
