import { sanitize } from './table';

/**
 * Text from a HAR (hosts, codes, URLs) inside a Markdown code span, so nothing in it is
 * read as Markdown or HTML; a `|` is escaped, since GitHub splits table cells on it first.
 */
export function mdCode(text: string): string {
  const clean = sanitize(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Plain text in a Markdown table cell: what Markdown or HTML would read is escaped. */
export function mdText(text: string): string {
  return sanitize(text).replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** A GitHub-flavoured Markdown table; `right` marks right-aligned columns. */
export function mdTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const rule = headers.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [headers, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
