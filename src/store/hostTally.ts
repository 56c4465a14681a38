/**
 * Errors per host among the kept errors: one Map, updated by each batch and each eviction, so a
 * storm of distinct subdomains costs its own hosts only and never outgrows the buffer. A Map,
 * not an object, so that hosts named `constructor` or `__proto__` count like any other.
 */
export class HostTally {
  private readonly counts = new Map<string, number>();

  get size(): number {
    return this.counts.size;
  }

  get(host: string): number {
    return this.counts.get(host) ?? 0;
  }

  add(host: string): void {
    this.counts.set(host, (this.counts.get(host) ?? 0) + 1);
  }

  remove(host: string): void {
    const n = (this.counts.get(host) ?? 0) - 1;
    if (n > 0) this.counts.set(host, n);
    else this.counts.delete(host);
  }

  clear(): void {
    this.counts.clear();
  }

  /** The `limit` hosts with most errors, most first (ties by name), in O(hosts × limit) worst. */
  top(limit: number): [string, number][] {
    const best: [string, number][] = [];
    for (const entry of this.counts) {
      if (best.length === limit && !before(entry, best[best.length - 1] as [string, number])) {
        continue;
      }
      let i = best.length;
      while (i > 0 && before(entry, best[i - 1] as [string, number])) i--;
      best.splice(i, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best;
  }
}

function before(a: [string, number], b: [string, number]): boolean {
  return a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
}
