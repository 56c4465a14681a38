import { decode, exchangeFromHarEntry, harEntries, HarError, statusKind } from '../core/index';
import { harRequestBody, supportReport, toCurl } from '../core/report/index';
import type { ReportArgs } from './reportArgs';
import { EXIT_OK, EXIT_USAGE, fileErrorReason, type CliIo } from './run';

const PROGRAM = 'api-error-decoder';

/** HAR text → the report (or cURL) for one entry, or a one-line reason it has none. */
export function reportFromHar(
  text: string,
  args: Pick<ReportArgs, 'entry' | 'lang' | 'curl'>,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string } {
  const entries = harEntries(text);
  const raw = entries[args.entry];
  if (raw === undefined) {
    const n = entries.length;
    return {
      ok: false,
      reason: `entry ${args.entry} out of range (${n} ${n === 1 ? 'entry' : 'entries'}, from 0)`,
    };
  }
  const exchange = exchangeFromHarEntry(raw);
  if (args.curl) {
    return { ok: true, text: `${toCurl({ ...exchange, requestBody: harRequestBody(raw) })}\n` };
  }
  if (statusKind(exchange.status) === 'invalid') {
    return {
      ok: false,
      reason: `entry ${args.entry} is invalid: status ${exchange.status} is not an HTTP status (an integer from 100 to 599)`,
    };
  }
  const decoded = decode(exchange);
  if (decoded === null) {
    return { ok: false, reason: `entry ${args.entry} is not an error (HTTP ${exchange.status})` };
  }
  return { ok: true, text: supportReport({ ...exchange, decoded }, args.lang) };
}

/** `report --entry N FILE.har`: prints the support report; exit 2 with one line when it cannot. */
export function runReport(args: ReportArgs, io: CliIo): number {
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (error) {
    io.stderr(`${PROGRAM}: ${args.file}: ${fileErrorReason(error)}\n`);
    return EXIT_USAGE;
  }
  try {
    const result = reportFromHar(text, args);
    if (!result.ok) {
      io.stderr(`${PROGRAM}: ${args.file}: ${result.reason}\n`);
      return EXIT_USAGE;
    }
    io.stdout(result.text);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof HarError)) throw error;
    io.stderr(`${PROGRAM}: ${args.file}: ${error.message}\n`);
    return EXIT_USAGE;
  }
}
