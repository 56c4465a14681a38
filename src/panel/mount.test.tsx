// @vitest-environment happy-dom
import { act, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/appStore';
import { PANEL_CHANNEL, isPanelReady } from './host';
import { mountPanel, type PanelMount } from './mount';
import { captured, rows } from './testSupport';

let mounted: PanelMount | null = null;
afterEach(() => {
  act(() => mounted?.unmount());
  mounted = null;
  document.body.replaceChildren();
  vi.resetModules();
  vi.doUnmock('../platform/browserSeam');
});

function container(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return root;
}

describe('mountPanel', () => {
  it('says it is connecting until a store is attached', () => {
    const root = container();
    act(() => {
      mounted = mountPanel(root);
    });
    expect(root.textContent).toBe('Connecting to DevTools…');
    const store = createAppStore();
    store.getState().addErrors([captured(1, { status: 500 })]);
    act(() => mounted?.attach({ store }));
    expect(rows()).toHaveLength(1);
    expect(document.body.dataset['ready']).toBe('true');
  });

  it('ignores a second attach of the same store and restarts with a new one', () => {
    const root = container();
    const first = createAppStore();
    act(() => {
      mounted = mountPanel(root);
      mounted.attach({ store: first });
    });
    fireEvent.click(document.getElementById('watched-hosts-toggle') as HTMLElement);
    expect(document.getElementById('watched-hosts')).not.toBeNull();

    act(() => mounted?.attach({ store: first }));
    expect(document.getElementById('watched-hosts')).not.toBeNull(); // state kept: not re-mounted

    const second = createAppStore();
    second.getState().addErrors([captured(7, { status: 500 })]);
    act(() => mounted?.attach({ store: second }));
    expect(document.getElementById('watched-hosts')).toBeNull();
    expect(rows().map((r) => r.dataset['id'])).toEqual(['7']);
    act(() => first.getState().addErrors([captured(8, { status: 500 })]));
    expect(rows().map((r) => r.dataset['id'])).toEqual(['7']); // the old store is let go
  });

  it('unsubscribes from the store on unmount', () => {
    const store = createAppStore();
    let listening = 0;
    const subscribe = store.subscribe;
    store.subscribe = (listener) => {
      listening++;
      const unsubscribe = subscribe(listener);
      return () => {
        listening--;
        unsubscribe();
      };
    };
    act(() => {
      mounted = mountPanel(container());
      mounted.attach({ store });
    });
    expect(listening).toBeGreaterThan(0);
    act(() => mounted?.unmount());
    expect(listening).toBe(0);
    expect(() => mounted?.attach({ store: createAppStore() })).not.toThrow();
  });
});

describe('panel bootstrap', () => {
  it('defines the attach hook and announces itself on the channel', async () => {
    vi.doMock('../platform/browserSeam', () => ({
      browserSeam: () => ({ inspectedTabId: 42 }),
      browserPermissionSeam: () => null,
    }));
    container();
    const channel = new BroadcastChannel(PANEL_CHANNEL);
    const message = new Promise<unknown>((resolve) => {
      channel.onmessage = (e: MessageEvent) => resolve(e.data);
    });
    await import('./panel');
    expect(isPanelReady(await message, 42)).toBe(true);
    channel.close();

    const attach = window.__apiErrorDecoderAttach;
    expect(attach).toBeTypeOf('function');
    const store = createAppStore();
    store.getState().addErrors([captured(3, { status: 500 })]);
    act(() => attach?.({ store }));
    expect(rows()).toHaveLength(1);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(rows()).toHaveLength(0);
  });
});
