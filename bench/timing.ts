import { realpathSync } from 'node:fs';
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
