import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timeSlicer } from './timeSlicer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timeSlicer', () => {
  it('runs quiet work at once, in the same task', () => {
    const slices = timeSlicer(8, () => 0);
    const done: number[] = [];
    for (let i = 0; i < 3; i++) slices.run(() => done.push(i));
    expect(done).toEqual([0, 1, 2]);
  });

  it('moves what is past the budget to later tasks, in order, one budget per task', async () => {
    let clock = 0;
    const slices = timeSlicer(8, () => clock);
    const done: number[] = [];
    // Each piece of work takes 3 ms: three fit in one 8 ms slice.
    for (let i = 0; i < 10; i++) {
      slices.run(() => {
        done.push(i);
        clock += 3;
      });
    }
    expect(done).toEqual([0, 1, 2]);
    await vi.advanceTimersToNextTimerAsync();
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
    await vi.runAllTimersAsync();
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps order: new work waits behind work already waiting', async () => {
    let clock = 0;
    const slices = timeSlicer(8, () => clock);
    const done: string[] = [];
    slices.run(() => {
      done.push('a');
      clock += 10;
    });
    slices.run(() => done.push('b'));
    clock = 0; // time left again, but 'b' waits: 'c' must not pass it
    slices.run(() => done.push('c'));
    expect(done).toEqual(['a']);
    await vi.runAllTimersAsync();
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('forgets waiting work when stopped', async () => {
    let clock = 0;
    const slices = timeSlicer(1, () => clock);
    const done: number[] = [];
    slices.run(() => {
      done.push(1);
      clock += 5;
    });
    slices.run(() => done.push(2));
    slices.stop();
    await vi.runAllTimersAsync();
    expect(done).toEqual([1]);
  });
});
