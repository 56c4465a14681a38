/**
 * Remembers the keys of the last `max` adds: enough memory to match events, no more. A ring of
 * the adds and a count per key, O(1) per add. (A `Set` whose oldest key was deleted on each add
 * made V8 walk the deleted slots at its front to find the oldest: about 2 % of the devtools
 * page's thread in a storm.)
 */
export class RecentKeys {
  private readonly ring: (string | undefined)[];
  private readonly counts = new Map<string, number>();
  private next = 0;

  constructor(private readonly max: number) {
    this.ring = new Array<string | undefined>(Math.max(1, max));
  }

  add(key: string): void {
    const old = this.ring[this.next];
    if (old !== undefined) {
      const n = (this.counts.get(old) ?? 1) - 1;
      if (n === 0) this.counts.delete(old);
      else this.counts.set(old, n);
    }
    this.ring[this.next] = key;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.next = (this.next + 1) % this.ring.length;
  }

  has(key: string): boolean {
    return this.counts.has(key);
  }

  clear(): void {
    this.ring.fill(undefined);
    this.counts.clear();
    this.next = 0;
  }
}
