/** Runs work in order, in slices of at most about `budgetMs` of one task each. */
export interface TimeSlicer {
  /** Runs `work` now if this task's slice has time left and nothing waits, else after them. */
  run(work: () => void): void;
  /** Forgets what waits (capture stopped). */
  stop(): void;
}

/**
 * DevTools hands a burst of finished requests and body lookups to the devtools page several to a
 * task, and our part of each (a getContent call, a decode) is small but not free: a storm of them
 * made single tasks of 100–500 ms, freezing the panel, which shares this thread. The slicer lets a
 * task do `budgetMs` of such work and moves the rest to later tasks, so the panel gets to paint.
 * Quiet traffic runs synchronously, as before.
 */
export function timeSlicer(
  budgetMs: number,
  now: () => number = () => performance.now(),
  post: (task: () => void) => void = postTask,
): TimeSlicer {
  const waiting: (() => void)[] = [];
  let head = 0;
  // When the current slice began; null once a later task has started (the tick below ran).
  let sliceStart: number | null = null;
  let ticking = false;
  let stopped = false;

  const schedule = () => {
    if (ticking || stopped) return;
    ticking = true;
    post(() => {
      ticking = false;
      sliceStart = null;
      if (!stopped) drain();
    });
  };
  const hasTime = () => {
    if (sliceStart === null) {
      sliceStart = now();
      schedule(); // marks the end of this task's slice
      return true;
    }
    return now() - sliceStart < budgetMs;
  };
  const drain = () => {
    while (head < waiting.length) {
      if (!hasTime()) return schedule();
      const work = waiting[head] as () => void;
      waiting[head++] = noop; // let it be collected
      work();
    }
    waiting.length = 0;
    head = 0;
  };

  return {
    run(work) {
      if (head === waiting.length && hasTime()) return work();
      waiting.push(work);
      schedule();
    },
    stop() {
      stopped = true;
      waiting.length = 0;
      head = 0;
    },
  };
}

function noop(): void {}

let channel: MessageChannel | null = null;
const posted: (() => void)[] = [];

/**
 * A new task soon. In a page, a MessageChannel message: chained timers are held back 4 ms each
 * after the fifth, which left the thread idle between slices. Elsewhere (Node, unit tests with
 * fake timers) a timer.
 */
function postTask(task: () => void): void {
  if (typeof document === 'undefined' || typeof MessageChannel === 'undefined') {
    setTimeout(task, 0);
    return;
  }
  if (channel === null) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => posted.shift()?.();
  }
  posted.push(task);
  channel.port2.postMessage(null);
}
