/** A set that forgets its oldest keys past `max`: enough memory to match events, no more. */
export class RecentKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly max: number) {}

  add(key: string): void {
    this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.max) {
      const oldest = this.keys.values().next();
      if (oldest.done !== true) this.keys.delete(oldest.value);
    }
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  clear(): void {
    this.keys.clear();
  }
}
