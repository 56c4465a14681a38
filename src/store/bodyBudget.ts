import type { CapturedError } from '../core/capture/capturedError';

/** Characters of body text an error holds: its response and request bodies. */
export function bodyChars(error: Pick<CapturedError, 'body' | 'requestBody'>): number {
  return error.body.length + (error.requestBody?.length ?? 0);
}

/**
 * Bounds the body text the kept errors hold, in characters (a byte each for the ASCII of most
 * JSON, as V8 stores it). Past the budget the oldest bodies are dropped; their rows stay, since
 * a row costs a few hundred bytes and a body up to the body limit. Kept in insertion order, so
 * each add costs only what it adds and what it drops.
 */
export class BodyBudget {
  private queue: CapturedError[] = [];
  private head = 0;
  private total = 0;

  get chars(): number {
    return this.total;
  }

  /** Adds a batch; returns how many older bodies it dropped to stay within `budget`. */
  add(batch: readonly CapturedError[], budget: number): number {
    for (const e of batch) {
      const size = bodyChars(e);
      if (size === 0) continue;
      this.queue.push(e);
      this.total += size;
    }
    let dropped = 0;
    while (this.total > budget && this.head < this.queue.length) {
      const oldest = this.queue[this.head++] as CapturedError;
      this.total -= bodyChars(oldest);
      // The one mutation of a kept error: the row, code, meaning and advice stay as they were.
      oldest.body = '';
      oldest.requestBody = null;
      oldest.bodyDropped = true;
      dropped++;
    }
    this.compact();
    return dropped;
  }

  /** Errors that left the buffer give their bodies back. */
  evicted(errors: readonly CapturedError[]): void {
    const gone = new Set(errors);
    for (const e of errors) {
      if (!e.bodyDropped) this.total -= bodyChars(e);
    }
    // Evictions are the oldest errors, so they lead the queue.
    while (this.head < this.queue.length && gone.has(this.queue[this.head] as CapturedError)) {
      this.head++;
    }
    this.compact();
  }

  clear(): void {
    this.queue = [];
    this.head = 0;
    this.total = 0;
  }

  // Shift the consumed front off now and then, so the queue costs O(1) amortized per error.
  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
