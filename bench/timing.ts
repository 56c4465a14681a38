import { realpathSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';

export const MB = 1024 * 1024;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Whether this module is the script node was started with (`npx tsx bench/x.ts`). */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  try {
    return script !== undefined && pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false; // `node -e` and the like: no script file
  }
}

export function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}

/** Milliseconds of CPU time this process has used so far, all threads (GC helpers too). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The 1, 5 and 15 minute load averages, as the benches print them: "1.02 0.80 0.63". */
export function loadAverage(): string {
  return loadavg()
    .map((l) => fixed(l, 2))
    .join(' ');
}
