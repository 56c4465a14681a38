import {
  exchangeFromHarEntry,
  harEntries,
  statusKind,
  type DecodedError,
  type Exchange,
  type PackSet,
} from '../core/index';
import { packSetForRun } from './packFiles';
import { harRequestBody, supportReport, toCurl } from '../core/report/index';
import { isTransportFailure } from '../core/network/decodeNetwork';
import { EARLY_MS, PAIR_WINDOW_MS, isPreflight } from '../core/network/preflight';
import { harDecoder } from './decodeCommand';
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

type Outcome =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

function outOfRange(index: number, count: number): Outcome {
  const entries = `${count} ${count === 1 ? 'entry' : 'entries'}`;
  return { ok: false, reason: `entry ${index} out of range (${entries}, from 0)` };
}

/**
 * A HAR (text or entries) → the report (or cURL) for one entry, or why it has none. The
 * report reads the HAR as `decode` does (preflights folded, retries audited), so every row
 * `decode` lists has one, a successful retry included; cURL needs only the entry itself.
 */
export function reportFromHar(
  input: string | Iterable<unknown>,
  args: Pick<ReportArgs, 'entry' | 'lang' | 'curl'>,
  packs?: PackSet,
): Outcome {
  const entries = typeof input === 'string' ? harEntries(input) : input;
  if (args.curl) {
    const picked = nth(entries, args.entry);
    if (!('found' in picked)) return outOfRange(args.entry, picked.count);
    const exchange = exchangeFromHarEntry(picked.found);
    return {
      ok: true,
      text: `${toCurl({ ...exchange, requestBody: harRequestBody(picked.found) })}\n`,
    };
  }
  let target: Exchange | undefined;
  let decoded: DecodedError | null = null;
  let count = 0;
  const decoder = harDecoder({
    lang: args.lang,
    hosts: [],
    packs,
    onDecoded: (index, d) => index === args.entry && (decoded = d),
  });
  // What an entry's report needs lies before it (a retry looks back only), except a preflight's
  // request (up to a minute later) and a late preflight of a failure (Firefox, within 1 s):
  // reading stops as soon as nothing further can change it.
  let until: number | null = null;
  for (const entry of entries) {
    const index = count++;
    if (index === args.entry) {
      const exchange = exchangeFromHarEntry(entry);
      target = exchange;
      const wait = isPreflight(exchange.method, exchange.requestHeaders)
        ? PAIR_WINDOW_MS
        : isTransportFailure(exchange.status, exchange.error)
          ? EARLY_MS
          : 0;
      decoder.add(entry);
      if (wait === 0) break;
      until = exchange.startedAt + wait;
      continue;
    }
    if (until !== null && exchangeFromHarEntry(entry).startedAt > until) break;
    decoder.add(entry);
  }
  if (target === undefined) return outOfRange(args.entry, count);
  const report = decoder.report();
  const guarded = decoder.foldedInto(args.entry);
  if (guarded !== undefined) {
    const where = guarded >= 0 ? `, folded into entry ${guarded}` : ' that let its request through';
    return { ok: false, reason: `entry ${args.entry} is a CORS preflight${where}` };
  }
  const row = report.rows.find((r) => r.entry === args.entry);
  const exchange = target;
  if (statusKind(exchange.status) === 'invalid') {
    return {
      ok: false,
      reason: `entry ${args.entry} is invalid: status ${exchange.status} is not an HTTP status (an integer from 100 to 599)`,
    };
  }
  if (row === undefined) {
    return { ok: false, reason: `entry ${args.entry} is not an error (HTTP ${exchange.status})` };
  }
  const input_ = { ...exchange, url: row.url, method: row.method, status: row.status };
  return {
    ok: true,
    text: supportReport(
      { ...input_, decoded, violations: row.violations, ...(packs ? { packs } : {}) },
      args.lang,
    ),
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
