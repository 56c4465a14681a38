/** Plain-text tables for a terminal. Pure: strings in, one string out. */
import { escapeControls } from '../core/text/controlChars';

export interface Column {
  readonly header: string;
  /** Longer cells are cut with an ellipsis. */
  readonly maxWidth?: number;
  readonly align?: 'left' | 'right';
}

const GAP = '  ';

/**
 * Shows C0/C1 control characters and DEL as `\xNN`: a HAR's URLs and codes are hostile and
 * must not drive the terminal. One native replace: a string built a character at a time per
 * cell made the table of a 100,000-entry HAR spend a quarter of its time collecting garbage.
 */
export function sanitize(text: string): string {
  return escapeControls(text);
}

/** Cuts `text` to `max` characters, the last one an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return max <= 1 ? text.slice(0, max) : `${text.slice(0, max - 1)}…`;
}

/** Rows of cells → aligned columns with a header and a rule, one line per row. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const cells = rows.map((row) =>
    columns.map((col, i) => {
      const text = sanitize(row[i] ?? '');
      return col.maxWidth === undefined ? text : truncate(text, col.maxWidth);
    }),
  );
  const widths = columns.map((col, i) =>
    cells.reduce((w, row) => Math.max(w, row[i]?.length ?? 0), col.header.length),
  );
  const line = (row: readonly string[]): string =>
    columns
      .map((col, i) => {
        const width = widths[i] ?? 0;
        const text = row[i] ?? '';
        return col.align === 'right' ? text.padStart(width) : text.padEnd(width);
      })
      .join(GAP)
      .trimEnd();
  const header = line(columns.map((c) => c.header));
  const rule = line(widths.map((w) => '-'.repeat(w)));
  return [header, rule, ...cells.map(line)].join('\n');
}
