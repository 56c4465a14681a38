import { escapeJsonControls } from '../core/text/controlChars';
import type { DecodeReport, ErrorRow } from './decodeCommand';

/**
 * The objects of `--json`'s "errors" array, fields in a fixed order; the library's rows too.
 * Keys added later come after the first ones, so no existing key moves.
 */
export function jsonErrors(report: DecodeReport) {
  return report.rows.map(jsonError);
}

function jsonError(row: ErrorRow) {
  return {
    entry: row.entry,
    url: row.url,
    method: row.method,
    status: row.status,
    format: row.format,
    code: row.code,
    known: row.known,
    title: row.title,
    retry: row.retry,
    requestId: row.requestId,
    violations: row.violations,
    message: row.message,
    meaning: row.meaning,
    action: row.action,
    rateLimit: row.rateLimit,
    fieldErrors: row.fieldErrors,
    notes: row.notes,
  };
}

/** The `--json` document: `{"errors": [...]}`, one object per error, controls escaped. */
export function toJson(report: DecodeReport): string {
  return escapeJsonControls([...jsonChunks(report)].join(''));
}

// About 1 MB of JSON text per chunk: one string of the whole document (43 MB for the bench's
// 100,000-entry HAR) was built, escaped and copied into a Buffer at once.
const CHUNK_CHARS = 1 << 20;

/**
 * `toJson`'s text in pieces, for writing as it is made, as JSON.stringify gives it: the writer
 * escapes its DEL and C1 controls (the CLI's `stdoutJson`).
 */
export function* jsonChunks(report: DecodeReport): Generator<string> {
  const { rows } = report;
  let chunk = '{"errors":[';
  for (let i = 0; i < rows.length; i++) {
    chunk += (i === 0 ? '' : ',') + JSON.stringify(jsonError(rows[i] as ErrorRow));
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]}\n`;
}
