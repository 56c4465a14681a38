import { harFileEntries } from './harFile';
import type { DiffArgs } from './diffArgs';
import { baselineOf, diffFindings, somethingNew, type HarDiff } from './diffFindings';
import { findingsOf } from './findings';
import { packsForRun } from './packFiles';
import { EXIT_OK, harFileFailure, type CliIo } from './run';
import { renderTable, sanitize, type Column } from './table';
import { jsonText } from '../core/text/controlChars';

/** `diff` found something new. */
export const EXIT_NEW = 1;

const NEW_COLUMNS: readonly Column[] = [
  { header: 'HOST', maxWidth: 40 },
  { header: 'FORMAT' },
  { header: 'CODE', maxWidth: 40 },
  { header: 'COUNT', align: 'right' },
  { header: 'MEANING', maxWidth: 60 },
];
const GROWN_COLUMNS: readonly Column[] = [
  { header: 'HOST', maxWidth: 40 },
  { header: 'FORMAT' },
  { header: 'CODE', maxWidth: 40 },
  { header: 'BEFORE', align: 'right' },
  { header: 'NOW', align: 'right' },
  { header: 'MEANING', maxWidth: 60 },
];
const VIOLATION_COLUMNS: readonly Column[] = [
  { header: 'HOST', maxWidth: 40 },
  { header: 'RETRY RULE BROKEN' },
  { header: 'AFTER', maxWidth: 50 },
  { header: 'COUNT', align: 'right' },
];

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The readable diff: one table per kind of news, then one line that sums it up. */
export function diffText(diff: HarDiff): string {
  const parts: string[] = [];
  if (diff.newErrors.length > 0) {
    const cells = diff.newErrors.map((g) => [
      g.host,
      g.format,
      g.code,
      String(g.count),
      g.first.row.title ?? '-',
    ]);
    parts.push(`New errors\n${renderTable(NEW_COLUMNS, cells)}`);
  }
  if (diff.grown.length > 0) {
    const cells = diff.grown.map(({ group: g, before }) => [
      g.host,
      g.format,
      g.code,
      String(before),
      String(g.count),
      g.first.row.title ?? '-',
    ]);
    parts.push(`Grown more than ${diff.factor}×\n${renderTable(GROWN_COLUMNS, cells)}`);
  }
  if (diff.newViolations.length > 0) {
    const cells = diff.newViolations.map((v) => [
      v.host,
      v.kind,
      `${v.format} ${v.code}`,
      String(v.count),
    ]);
    parts.push(`New retry rules broken\n${renderTable(VIOLATION_COLUMNS, cells)}`);
  }
  const files = `${sanitize(diff.next.file)} against ${sanitize(diff.base.file)}`;
  const news = [
    plural(diff.newErrors.length, 'new error code', 'new error codes'),
    `${plural(diff.grown.length, 'code', 'codes')} grown more than ${diff.factor}×`,
    plural(diff.newViolations.length, 'new retry violation', 'new retry violations'),
  ].join(', ');
  parts.push(somethingNew(diff) ? `New in ${files}: ${news}` : `Nothing new in ${files}`);
  return `${parts.join('\n\n')}\n`;
}

/** `diff --json`: the same news as data. */
export function diffJson(diff: HarDiff): string {
  const group = (g: HarDiff['newErrors'][number]) => ({
    host: g.host,
    format: g.format,
    code: g.code,
    count: g.count,
    title: g.first.row.title,
  });
  const doc = {
    base: diff.base.file,
    new: diff.next.file,
    factor: diff.factor,
    somethingNew: somethingNew(diff),
    newErrors: diff.newErrors.map(group),
    grown: diff.grown.map(({ group: g, before }) => ({ ...group(g), before })),
    newViolations: diff.newViolations,
  };
  return `${jsonText(doc)}\n`;
}

/** `diff BASE.har NEW.har`: prints what is new; exits 1 when something is. */
export function runDiff(args: DiffArgs, io: CliIo): number {
  const run = packsForRun(io, args.packs);
  if ('exit' in run) return run.exit;
  const options = { ...args, packs: run.packs };
  let diff: HarDiff;
  try {
    // Only BASE's counts and keys stay in memory while NEW is read.
    const base = baselineOf(findingsOf(args.base, harFileEntries(io, args.base), options));
    const next = findingsOf(args.next, harFileEntries(io, args.next), options);
    diff = diffFindings(base, next, args.factor);
  } catch (error) {
    return harFileFailure(error, io);
  }
  io.stdout(args.json ? diffJson(diff) : diffText(diff));
  return somethingNew(diff) ? EXIT_NEW : EXIT_OK;
}
