import { sanitize } from './table';

/** HARs larger than this get a progress bar, when stderr is a terminal. */
export const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;
const BAR_WIDTH = 24;
const REDRAW_MS = 200;
const MB = 1024 * 1024;

export interface ProgressOptions {
  readonly label: string;
  readonly totalBytes: number;
  readonly write: (text: string) => void;
  /** Milliseconds, for the rate and for throttling redraws. */
  readonly now: () => number;
}

export interface Progress {
  update(bytes: number, entries: number): void;
  /** Erases the bar, so that what follows starts on a clean line. */
  done(): void;
}

function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** One line: `big.har [#####-----]  42%  120/285 MB  31,200 entries  8,512 entries/s`. */
export function progressLine(
  label: string,
  bytes: number,
  total: number,
  entries: number,
  seconds: number,
): string {
  const share = total > 0 ? Math.min(1, bytes / total) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const size = `${Math.round(bytes / MB)}/${Math.round(total / MB)} MB`;
  const rate = seconds > 0 ? `  ${grouped(entries / seconds)} entries/s` : '';
  return `${sanitize(label)} [${bar}] ${percent}  ${size}  ${grouped(entries)} entries${rate}`;
}

/** A bar redrawn in place with `\r`, at most every 200 ms. */
export function startProgress(options: ProgressOptions): Progress {
  const started = options.now();
  let drawn = false;
  let lastDraw = -Infinity;
  return {
    update(bytes, entries) {
      const now = options.now();
      if (now - lastDraw < REDRAW_MS && bytes < options.totalBytes) return;
      lastDraw = now;
      drawn = true;
      const line = progressLine(
        options.label,
        bytes,
        options.totalBytes,
        entries,
        (now - started) / 1000,
      );
      options.write(`\r${line}\x1b[K`);
    },
    done() {
      if (drawn) options.write('\r\x1b[K');
    },
  };
}
