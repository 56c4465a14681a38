import { describe, expect, it } from 'vitest';
import { captured } from '../panel/testSupport';
import { createAppStore } from './appStore';

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
