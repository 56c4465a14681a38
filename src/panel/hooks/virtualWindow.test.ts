import { describe, expect, it } from 'vitest';
import {
  FALLBACK_ROWS,
  OVERSCAN,
  ROW_HEIGHT,
  isAtBottom,
  revealTop,
  visibleRange,
} from './virtualWindow';

describe('visibleRange', () => {
  it('covers the viewport plus overscan, however many rows there are', () => {
    const r = visibleRange(
      { scrollTop: 1000 * ROW_HEIGHT, viewport: 210, following: false },
      50_000,
    );
    expect(r.start).toBeLessThanOrEqual(1000 - OVERSCAN);
    expect(r.end).toBeGreaterThanOrEqual(1010 + OVERSCAN);
    expect(r.totalHeight).toBe(50_000 * ROW_HEIGHT);
  });

  it('always holds `slots` rows, wherever it is, so `index % slots` is unique in it', () => {
    for (const scrollTop of [0, 5, 20, 21, 1000 * ROW_HEIGHT + 7, 99_990 * ROW_HEIGHT]) {
      for (const following of [false, true]) {
        // Following, the window is the bottom: the same size at every row count.
        const r = visibleRange({ scrollTop, viewport: 213, following }, 100_000);
        expect(r.end - r.start).toBe(r.slots);
        const first = Math.floor(r.top / ROW_HEIGHT);
        const last = Math.ceil((r.top + 213) / ROW_HEIGHT);
        expect(r.start).toBeLessThanOrEqual(Math.max(0, first - OVERSCAN));
        expect(r.end).toBeGreaterThanOrEqual(Math.min(100_000, last + OVERSCAN));
      }
    }
    const few = visibleRange({ scrollTop: 0, viewport: 213, following: true }, 7);
    expect([few.start, few.end]).toEqual([0, 7]);
  });

  it('renders the first rows while the viewport is unmeasured', () => {
    const r = visibleRange({ scrollTop: 0, viewport: 0, following: true }, 50_000);
    expect(r.start).toBe(0);
    expect(r.end).toBeGreaterThanOrEqual(FALLBACK_ROWS + OVERSCAN);
    expect(r.end).toBeLessThan(100);
  });

  it('sticks to the bottom while following', () => {
    const r = visibleRange({ scrollTop: 0, viewport: 210, following: true }, 100);
    expect(r.end).toBe(100);
    expect(r.top).toBe(100 * ROW_HEIGHT - 210);
  });

  it('renders only the rows in view and overscan above them while following', () => {
    for (const rowCount of [200, 201, 5_000]) {
      const r = visibleRange({ scrollTop: 0, viewport: 213, following: true }, rowCount);
      expect(r.end).toBe(rowCount);
      expect(r.start).toBe(Math.floor(r.top / ROW_HEIGHT) - OVERSCAN);
      expect(r.end - r.start).toBe(r.slots);
    }
  });

  it('clamps a scroll position past the end, as a shrunk list would', () => {
    const r = visibleRange({ scrollTop: 99_999, viewport: 210, following: false }, 20);
    expect(r.top).toBe(20 * ROW_HEIGHT - 210);
    expect(r.end).toBe(20);
  });
});

describe('revealTop', () => {
  const range = visibleRange(
    { scrollTop: 100 * ROW_HEIGHT, viewport: 10 * ROW_HEIGHT, following: false },
    1000,
  );
  it('does not move for a visible row', () => {
    expect(revealTop(range, 105)).toBe(range.top);
  });
  it('scrolls up or down just enough', () => {
    expect(revealTop(range, 90)).toBe(90 * ROW_HEIGHT);
    expect(revealTop(range, 120)).toBe(111 * ROW_HEIGHT);
  });
});

describe('isAtBottom', () => {
  it('allows half a row of slack', () => {
    expect(isAtBottom(790, 200, 1000)).toBe(true);
    expect(isAtBottom(700, 200, 1000)).toBe(false);
  });
});
