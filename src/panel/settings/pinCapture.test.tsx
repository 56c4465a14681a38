// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entry, FakeSeam } from '../../../test/fakes/fakeSeam';
import { startCapture } from '../../capture/captureNetwork';
import { persistSettings } from '../../capture/persistSettings';
import { SETTINGS_KEY } from '../../store/settings';
import { renderPanel } from '../testSupport';

afterEach(cleanup);

// state-meta and numeric-code both recognize it; state-meta is the more specific.
const AMBIGUOUS = JSON.stringify({
  state: 1,
  message: 'x',
  result: null,
  error: { code: 1001 },
  meta: {},
});

describe('a pin set in the editor', () => {
  it('decodes the host’s next responses as the pinned format, and is saved', async () => {
    const seam = new FakeSeam();
    const { store } = renderPanel();
    await act(() => persistSettings(seam, store));
    const stop = startCapture(seam, store);
    const emit = (url: string) =>
      act(async () => {
        seam.emitRequest(entry(url, 400), { text: AMBIGUOUS, base64: false });
        await vi.waitFor(() => expect(store.getState().errors.at(-1)?.url).toBe(url));
      });

    await emit('https://legacy.example.com/a');
    fireEvent.click(document.getElementById('watched-hosts-toggle') as HTMLElement);
    fireEvent.change(document.getElementById('pin-host-input') as HTMLElement, {
      target: { value: 'legacy.example.com' },
    });
    fireEvent.change(document.getElementById('pin-format-select') as HTMLElement, {
      target: { value: 'numeric-code' },
    });
    fireEvent.click(document.getElementById('pin-add') as HTMLElement);
    await emit('https://legacy.example.com/b');
    await emit('https://other.example.com/c');

    expect(store.getState().errors.map((e) => [e.host, e.decoded.format])).toEqual([
      ['legacy.example.com', 'state-meta'], // captured before the pin: left as it was
      ['legacy.example.com', 'numeric-code'],
      ['other.example.com', 'state-meta'],
    ]);
    expect(seam.storage.get(SETTINGS_KEY)).toMatchObject({
      pins: { 'legacy.example.com': 'numeric-code' },
    });
    stop();
  });
});
