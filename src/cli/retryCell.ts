import type { RetryAdvice } from '../core/types';

/** What the RETRY column needs of a row's advice. */
export interface AdviceFacts {
  readonly advice: RetryAdvice;
  readonly afterSeconds: number | null;
  readonly maxAttempts: number | null;
  readonly documented: boolean;
}

const WORDS: Readonly<Record<RetryAdvice, string>> = {
  no: 'no',
  'after-auth': 'after auth',
  wait: 'wait',
  backoff: 'backoff',
  'check-first': 'check first',
};

/** Marks advice the documentation does not give; the footnote says so under the table. */
const UNDOCUMENTED_MARK = '*';

/** The retry advice in a few words: `wait 20 s`, `backoff ×3`, `no`, `check first 10 s ×3`. */
export function adviceCell(retry: AdviceFacts | null): string {
  if (retry === null) return '-';
  let cell = WORDS[retry.advice];
  if (retry.afterSeconds !== null) cell += ` ${retry.afterSeconds} s`;
  if (retry.maxAttempts !== null) cell += ` ×${retry.maxAttempts}`;
  return retry.documented ? cell : `${cell}${UNDOCUMENTED_MARK}`;
}

/** The line under the table that explains the mark, or nothing when no row carries it. */
export function adviceFootnote(retries: readonly (AdviceFacts | null)[]): string {
  return retries.some((r) => r !== null && !r.documented)
    ? `${UNDOCUMENTED_MARK} not a documented rule: the documentation gives none for this error\n`
    : '';
}
