import { allFindings, summarize, verdictLine, type CheckResult } from './checkResult';
import { groupByCode, groupViolations, retryWords } from './findings';
import { mdCode, mdTable, mdText } from './markdown';

/**
 * `check --format markdown`: a summary fit for a pull-request comment: the verdict, errors by
 * host → format → code with counts and advice, and the retry rules broken.
 */
export function checkMarkdown(result: CheckResult): string {
  const s = summarize(result);
  const out = [
    `### API errors: ${s.failing > 0 ? 'failed' : 'passed'}`,
    '',
    mdText(verdictLine(result)),
  ];
  const groups = groupByCode(allFindings(result));
  if (groups.length > 0) {
    const rows = groups.map((g) => [
      mdCode(g.host),
      mdCode(g.format),
      g.undocumented ? `${mdCode(g.code)} (undocumented)` : mdCode(g.code),
      String(g.count),
      mdText(g.first.row.title ?? '-'),
      mdText(g.first.action ?? '-'),
      mdCode(retryWords(g.first.row)),
    ]);
    const headers = ['Host', 'Format', 'Code', 'Count', 'Meaning', 'What to do', 'Retry'];
    out.push('', mdTable(headers, rows, [3]));
  }
  const violations = groupViolations(result.files);
  if (violations.length > 0) {
    const rows = violations.map((v) => [
      mdCode(v.host),
      mdCode(v.kind),
      `${mdCode(v.format)} ${mdCode(v.code)}`,
      String(v.count),
    ]);
    out.push('', '#### Retry rules broken', '');
    out.push(mdTable(['Host', 'Rule', 'After the error', 'Count'], rows, [3]));
  }
  return `${out.join('\n')}\n`;
}
