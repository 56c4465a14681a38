// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListenerPageSeam } from '../platform/seam';
import { startListenerPage } from './listenerPage';

function page(): Document {
  document.body.innerHTML = `<h1 id="title"></h1><p id="why"></p><p id="state"></p>
    <button id="toggle" hidden></button><p id="denied" hidden></p>`;
  return document;
}

function fakeSeam(initially: boolean, grants = true) {
  let on = initially;
  const seam: ListenerPageSeam = {
    granted: async () => on,
    request: vi.fn(async () => (on = grants)),
    remove: vi.fn(async () => !(on = false)),
    uiLanguage: () => 'en-US',
  };
  return seam;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the listener page', () => {
  it('says why, asks for the permission on the click, and says it is on', async () => {
    const seam = fakeSeam(false);
    const doc = page();
    await startListenerPage(doc, seam);
    expect(doc.getElementById('why')?.textContent).toContain('it never reads a body');
    expect(doc.body.dataset['listener']).toBe('off');
    (doc.getElementById('toggle') as HTMLButtonElement).click();
    expect(seam.request).toHaveBeenCalledOnce(); // in the click itself
    await settle();
    expect(doc.body.dataset['listener']).toBe('on');
    expect(doc.getElementById('toggle')?.textContent).toBe('Turn off');
    (doc.getElementById('toggle') as HTMLButtonElement).click();
    await settle();
    expect(seam.remove).toHaveBeenCalledOnce();
    expect(doc.body.dataset['listener']).toBe('off');
  });

  it('says so when the permission is refused', async () => {
    const doc = page();
    await startListenerPage(doc, fakeSeam(false, false));
    (doc.getElementById('toggle') as HTMLButtonElement).click();
    await settle();
    await settle();
    expect(doc.getElementById('denied')?.hidden).toBe(false);
    expect(doc.getElementById('denied')?.textContent).toBe('The permission was not granted.');
  });
});
