import { decodeHar, type DecodeHarOptions, type HarDocument, type HarRow } from 'api-error-decoder';

/** `#3 POST /v1/orders → 502 ok-flag provider_error: Temporary provider error (wait 10 s, ×3)`. */
export function explain(row: HarRow): string {
  const what =
    row.format === null ? 'a successful retry' : `${row.format} ${row.code ?? '(no code)'}`;
  const retry =
    row.retry === null
      ? ''
      : ` (${[
          row.retry.advice,
          row.retry.afterSeconds === null ? null : `${row.retry.afterSeconds} s`,
          row.retry.maxAttempts === null ? null : `×${row.retry.maxAttempts}`,
        ]
          .filter((part) => part !== null)
          .join(', ')})`;
  const broken = row.violations.map((v) => `; broke ${v.kind} (retry of #${v.retryOf})`).join('');
  const title = row.title === null ? '' : `: ${row.title}`;
  return `#${row.entry} ${row.method} ${row.url} → ${row.status} ${what}${title}${retry}${broken}`;
}

/**
 * Fails a test when the recorded traffic holds an API error or a broken retry rule, with the
 * decoded explanation of each one in the failure message.
 */
export function expectNoApiErrors(har: HarDocument, options: DecodeHarOptions = {}): void {
  const { errors } = decodeHar(har, options);
  if (errors.length === 0) return;
  const lines = errors.map((row) => `  ${explain(row)}`);
  throw new Error(`${errors.length} API errors in the recorded traffic:\n${lines.join('\n')}`);
}
