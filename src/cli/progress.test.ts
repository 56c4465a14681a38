import { describe, expect, it } from 'vitest';
import { progressLine, startProgress } from './progress';

const MB = 1024 * 1024;

describe('progressLine', () => {
  it('shows a bar, the share, the megabytes, the entries and their rate', () => {
    expect(progressLine('big.har', 30 * MB, 120 * MB, 12_345, 2)).toBe(
      'big.har [######------------------]  25%  30/120 MB  12,345 entries  6,173 entries/s',
    );
    expect(progressLine('big.har', 120 * MB, 120 * MB, 50_000, 0)).toMatch(
      /\[#{24}\] 100% {2}120\/120 MB {2}50,000 entries$/,
    );
  });

  it('shows control characters of a file name as text', () => {
    expect(progressLine('a\x1b[2Jb.har', 0, MB, 0, 1)).toMatch(/^a\\x1b\[2Jb\.har \[/);
  });
});

describe('startProgress', () => {
  it('redraws in place at most every 200 ms, always at the end, and erases itself', () => {
    const writes: string[] = [];
    let now = 1000;
    const progress = startProgress({
      label: 'x.har',
      totalBytes: 100 * MB,
      write: (t) => writes.push(t),
      now: () => now,
    });
    progress.update(10 * MB, 10);
    now += 100;
    progress.update(20 * MB, 20); // too soon
    now += 150;
    progress.update(30 * MB, 30);
    now += 10;
    progress.update(100 * MB, 100); // the end is always drawn
    progress.done();
    expect(writes).toHaveLength(4);
    expect(writes.slice(0, 3).every((w) => w.startsWith('\r') && w.endsWith('\x1b[K'))).toBe(true);
    expect(writes[1]).toContain(' 30%');
    expect(writes[2]).toContain('100%');
    expect(writes[3]).toBe('\r\x1b[K');
  });

  it('writes nothing when it never drew', () => {
    const writes: string[] = [];
    startProgress({ label: 'x', totalBytes: 1, write: (t) => writes.push(t), now: () => 0 }).done();
    expect(writes).toEqual([]);
  });
});
