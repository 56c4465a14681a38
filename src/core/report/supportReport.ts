import type { ErrorFormat } from '../formats/format';
import { formatById } from '../formats/index';
import type { PackSet } from '../pack/packSet';
import { headerValue } from '../http/headers';
import { escapeControls } from '../text/controlChars';
import { redactBodyText, redactUrl } from '../redact/redact';
import type { Violation } from '../audit/requestRecord';
import type { DecodedError, Header, Lang } from '../types';
import { REPORT_TEXTS as T } from './reportTexts';

/** What a support report needs: a captured error (panel) or a decoded HAR entry (CLI). */
export interface SupportReportInput {
  readonly url: string;
  readonly method: string;
  readonly status: number;
  /** When the request started, in ms since the epoch. */
  readonly startedAt: number;
  readonly requestHeaders?: readonly Header[];
  readonly responseHeaders?: readonly Header[];
  /** `null` for a request that was no error but broke a retry rule (it has `violations`). */
  readonly decoded: DecodedError | null;
  /** Retry rules the request broke; `retryOf` is how the caller numbers the error it retried. */
  readonly violations?: readonly Violation[];
  /** The packs it was decoded with, for a user pack's name and request id field. */
  readonly packs?: PackSet;
}

/** The pack a decoding names: a user's from `packs`, else a built-in; none for http/network. */
function formatOf(input: SupportReportInput): ErrorFormat | undefined {
  const d = input.decoded;
  if (d === null || d.format === 'http' || d.format === 'network') return undefined;
  return input.packs?.byId(d.format) ?? formatById(d.format);
}

/** A server's message is quoted, not pasted whole: a report is a few lines. */
const MAX_MESSAGE = 1000;

/** A Markdown code span holding `value` on one line, whatever backticks it contains. */
export function codeSpan(value: string): string {
  // Control characters (ESC…) are spelled `\xNN`: the report may be printed to a terminal.
  const oneLine = escapeControls(value.replace(/\s+/g, ' ').trim());
  let longest = 0;
  for (const run of oneLine.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

function isoTime(ms: number): string | null {
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_MESSAGE ? `${chars.slice(0, MAX_MESSAGE).join('')}…` : text;
}

/**
 * The request ids as sent, each under its own name: the `X-Request-Id` header (the response's,
 * else the one the client sent) and the body's own id (`meta.request_id`) when it differs.
 */
function requestIdLines(input: SupportReportInput, lang: Lang): [string, string][] {
  const d = input.decoded;
  const fromResponse = headerValue(input.responseHeaders ?? [], 'x-request-id');
  const header = fromResponse ?? headerValue(input.requestHeaders ?? [], 'x-request-id');
  const field = formatOf(input)?.requestIdField;
  // decode() falls back to the response header: an id equal to it may not be the body's.
  const body =
    field !== undefined && d !== null && d.requestId !== null && d.requestId !== fromResponse
      ? d.requestId
      : null;
  const id = (value: string) => codeSpan(redactBodyText(value));
  const lines: [string, string][] = [
    [T.requestId[lang], header === null ? T.notSent[lang] : id(header)],
  ];
  if (body !== null && body !== header && field !== undefined) {
    lines.push([`${T.bodyRequestId[lang]} (${field})`, id(body)]);
  }
  return lines;
}

/**
 * What to give support (seed 001), as Markdown in `lang`: request ids, endpoint, method, time,
 * HTTP status and error.code; then format, decoded title and the server's message; and a line
 * where the user writes the API key's name — never its token. Everything the server or the page
 * sent passes through redaction first.
 */
export function supportReport(input: SupportReportInput, lang: Lang): string {
  const d = input.decoded;
  const time = isoTime(input.startedAt);
  const format =
    d === null
      ? T.none[lang]
      : d.format === 'http'
        ? T.formatHttp[lang]
        : d.format === 'network'
          ? T.formatNetwork[lang]
          : `${formatOf(input)?.name[lang] ?? d.format} (${codeSpan(d.format)})`;
  const status = input.status || (d?.status ?? 0);
  const lines: [label: string, value: string][] = [
    ...requestIdLines(input, lang),
    [T.endpoint[lang], codeSpan(redactUrl(input.url))],
    [T.method[lang], codeSpan(input.method || 'GET')],
    [T.time[lang], time === null ? T.unknown[lang] : codeSpan(time)],
    [T.status[lang], codeSpan(String(status))],
    [T.code[lang], d?.code == null ? T.none[lang] : codeSpan(redactBodyText(String(d.code)))],
    [T.format[lang], format],
    [T.title[lang], d === null ? T.noError[lang] : d.title[lang].replace(/\s+/g, ' ')],
  ];
  if (d !== null && d.message !== null && d.message.trim() !== '') {
    lines.push([T.message[lang], codeSpan(shorten(redactBodyText(d.message)))]);
  }
  if (input.violations !== undefined && input.violations.length > 0) {
    const rules = input.violations.map((v) => `${codeSpan(v.kind)} (#${v.retryOf})`);
    lines.push([T.retryRules[lang], rules.join(', ')]);
  }
  lines.push([T.keyName[lang], T.keyNamePlaceholder[lang]]);
  return [
    `## ${T.heading[lang]}`,
    '',
    ...lines.map(([label, value]) => `- **${label}:** ${value}`),
    '',
    `_${T.redactedNote[lang]}_`,
    '',
  ].join('\n');
}
