import { describe, expect, it } from 'vitest';
import { captured } from '../panel/testSupport';
import { createAppStore } from './appStore';
import { sanitizeSettings } from './settings';

const at = (id: number, host: string) =>
  captured(id, { status: 500, url: `https://${host}/x`, body: `body ${id}` });

describe('capture slice bounds', () => {
  it('keeps 100,000 errors and a 64 MB body budget by default', () => {
    const { settings } = createAppStore().getState();
    expect(settings.maxEntries).toBe(100_000);
    expect(settings.bodyBudget).toBe(64 * 1024 * 1024);
  });

  it('ignores the 5,000 that older builds stored as their default', () => {
    expect(sanitizeSettings({ maxEntries: 5000 })).toEqual({});
    expect(sanitizeSettings({ maxEntries: 2000, bodyBudget: 1024 })).toEqual({
      maxEntries: 2000,
      bodyBudget: 1024,
    });
    expect(sanitizeSettings({ bodyBudget: -1 })).toEqual({});
  });

  it('counts hosts among the kept errors only, under a storm of distinct subdomains', () => {
    const store = createAppStore();
    store.getState().updateSettings({ maxEntries: 100 });
    const base = at(0, 'x.test');
    for (let batch = 0; batch < 40; batch++) {
      store.getState().addErrors(
        Array.from({ length: 1000 }, (_, i) => {
          const id = batch * 1000 + i;
          return { ...base, id, host: `h${id}.test` };
        }),
      );
    }
    const { hostCounts, errors } = store.getState();
    expect(errors).toHaveLength(100);
    expect(hostCounts.size).toBe(100);
    expect(hostCounts.get('h39999.test')).toBe(1);
    expect(hostCounts.get('h0.test')).toBe(0);
  });

  it('updates the host counts in place instead of copying them per batch', () => {
    const store = createAppStore();
    store.getState().addErrors([at(1, 'a.test')]);
    const before = store.getState().hostCounts;
    const version = store.getState().hostsVersion;
    store.getState().addErrors([at(2, 'a.test')]);
    expect(store.getState().hostCounts).toBe(before);
    expect(store.getState().hostsVersion).toBeGreaterThan(version);
    expect(before.get('a.test')).toBe(2);
  });

  it('counts hosts named constructor and __proto__ like any other', () => {
    const store = createAppStore();
    store.getState().addErrors([at(1, 'constructor'), at(2, '__proto__'), at(3, '__proto__')]);
    const { hostCounts } = store.getState();
    expect(hostCounts.get('constructor')).toBe(1);
    expect(hostCounts.get('__proto__')).toBe(2);
    expect(hostCounts.top(5)).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
    ]);
  });

  it('drops the oldest bodies past the byte budget and keeps their decoded rows', () => {
    const store = createAppStore();
    store.getState().updateSettings({ bodyBudget: 100 });
    const big = (id: number) =>
      captured(id, {
        status: 400,
        json: { ok: false, error: { code: `c${id}`, pad: 'x'.repeat(20) } },
      });
    const batch = [big(1), big(2), big(3)];
    const size = batch[0]?.body.length ?? 0;
    store.getState().addErrors(batch);
    store.getState().addErrors([big(4)]);
    const s = store.getState();
    expect(s.errors).toHaveLength(4);
    const kept = Math.floor(100 / size);
    expect(s.droppedBodies).toBe(4 - kept);
    expect(s.errors.map((e) => e.bodyDropped)).toEqual([1, 2, 3, 4].map((i) => i <= 4 - kept));
    const first = s.errors[0];
    expect(first?.body).toBe('');
    expect(first?.decoded.code).toBe('c1');
    expect(s.errors[3]?.body).toContain('c4');
    expect(s.dropped).toBe(0);
  });

  it('gives an evicted error body back to the budget, and clear resets every count', () => {
    const store = createAppStore();
    store.getState().updateSettings({ maxEntries: 2, bodyBudget: 25 });
    store.getState().addErrors([at(1, 'a.test'), at(2, 'a.test')]); // 6 + 6 characters
    store.getState().addErrors([at(3, 'a.test'), at(4, 'a.test')]);
    expect(store.getState().droppedBodies).toBe(0);
    store.getState().clear();
    const s = store.getState();
    expect([s.dropped, s.droppedBodies, s.truncatedBodies, s.hostCounts.size]).toEqual([
      0, 0, 0, 0,
    ]);
  });
});

describe('clear()', () => {
  it('selects nothing, so a re-imported row that reuses an id does not show as selected', () => {
    const store = createAppStore();
    store.getState().addErrors([captured(-1, { status: 500 })]);
    store.getState().openDetails(-1);
    expect(store.getState().selectedId).toBe(-1);
    store.getState().clear();
    expect(store.getState()).toMatchObject({ selectedId: null, detailsOpen: false, errors: [] });
    store.getState().addErrors([captured(-1, { status: 502 })]);
    expect(store.getState().selectedId).toBeNull();
  });
});
