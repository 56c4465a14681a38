import type { FailOn } from './checkArgs';
import type { CheckResult } from './checkResult';
import { codeLabel, fails, retryWords, type Finding, type HarFindings } from './findings';
import { sanitize } from './table';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text for XML content or an attribute: control characters shown as `\xNN` (XML 1.0 forbids
 * most of them), lone surrogates and the two non-characters replaced, markup escaped.
 */
export function xml(text: string): string {
  return sanitize(text)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}

const FAILURE_TYPE: Record<Exclude<FailOn, 'none'>, string> = {
  error: 'api-error',
  unknown: 'undocumented-code',
  violation: 'retry-rule-broken',
};

function caseName(f: Finding): string {
  const { row } = f;
  const what =
    row.format === null
      ? `retry of #${row.violations[0]?.retryOf ?? '?'}`
      : `${row.format} ${codeLabel(row)}`;
  return `#${row.entry} ${row.method} ${row.url} → ${what}`;
}

/** What a CI system shows for a failing case: the explanation, line by line. */
function details(f: Finding): string {
  const { row } = f;
  const lines = [`${row.method} ${row.url}`, `HTTP ${row.status}`];
  if (row.format !== null) lines.push(`Format: ${row.format}, code ${codeLabel(row)}`);
  if (f.undocumented.length > 0) {
    lines.push(`Undocumented code: ${f.undocumented.map(String).join(', ')}`);
  }
  if (row.title !== null) lines.push(`Meaning: ${row.title}`);
  if (f.action !== null) lines.push(`What to do: ${f.action}`);
  if (row.retry !== null) lines.push(`Retry: ${retryWords(row)}`);
  if (row.requestId !== null) lines.push(`Request id: ${row.requestId}`);
  for (const v of row.violations)
    lines.push(`Retry rule broken: ${v.kind} (retry of #${v.retryOf})`);
  return lines.map(xml).join('\n');
}

function testCase(f: Finding, failOn: FailOn): string {
  const open = `    <testcase classname="${xml(f.host || '(no host)')}" name="${xml(caseName(f))}"`;
  if (failOn === 'none' || !fails(f, failOn)) return `${open}/>`;
  const message = f.row.title ?? f.row.violations.map((v) => v.kind).join(', ');
  return [
    `${open}>`,
    `      <failure type="${FAILURE_TYPE[failOn]}" message="${xml(message)}">${details(f)}</failure>`,
    `    </testcase>`,
  ].join('\n');
}

function testSuite(file: HarFindings, failOn: FailOn): string {
  const failures = file.findings.filter((f) => fails(f, failOn)).length;
  const cases =
    file.findings.length > 0
      ? file.findings.map((f) => testCase(f, failOn))
      : [`    <testcase classname="api-error-decoder" name="no API errors"/>`];
  return [
    `  <testsuite name="${xml(file.file)}" tests="${cases.length}" failures="${failures}" errors="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

/**
 * `check --format junit`: JUnit XML, one suite per HAR and one test case per listed exchange,
 * failing per `--fail-on`; CI systems show the failures with their explanation.
 */
export function checkJunit(result: CheckResult): string {
  const suites = result.files.map((f) => testSuite(f, result.failOn));
  const tests = result.files.reduce((n, f) => n + Math.max(1, f.findings.length), 0);
  const failures = result.files.reduce(
    (n, f) => n + f.findings.filter((x) => fails(x, result.failOn)).length,
    0,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="api-error-decoder" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
