// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  runHarImport,
  type HarImportMessage,
  type HarImportOptions,
} from '../../core/har/importHar';
import type { AppStore } from '../../store/appStore';
import { addErrors, captured, okFalse, renderPanel, rows } from '../testSupport';
import type { HarWorkerRequest } from './harWorker';
import type { ImportBackend } from './importBackends';
import { startHarImport } from './startImport';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../../test/fixtures/import.har'),
  'utf8',
);
const harFile = (text = FIXTURE, name = 'import.har') =>
  new File([text], name, { type: 'application/json' });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Resolves once the running import ended; store updates happen inside act(). */
function importEnded(store: AppStore): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().harImport.state !== 'running') return resolve();
    const stop = store.subscribe((s) => {
      if (s.harImport.state === 'running') return;
      stop();
      resolve();
    });
  });
}

function pick(file: File) {
  const input = document.getElementById('import-har-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** A stand-in for the module worker: runs the same core function and posts asynchronously. */
class FakeWorker {
  static started = 0;
  onmessage: ((e: { data: HarImportMessage }) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.started++;
  }
  postMessage({ file, options }: HarWorkerRequest) {
    void runHarImport(file, options, async (data) => {
      await new Promise((r) => setTimeout(r, 0));
      if (!this.terminated) this.onmessage?.({ data });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('HAR import in the panel', () => {
  it('imports through a worker: rows marked imported, successes left out, a summary', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.started = 0;
    const { store } = renderPanel();
    await act(async () => {
      pick(harFile());
      await importEnded(store);
    });
    expect(FakeWorker.started).toBe(1);
    expect(rows().map((r) => [r.dataset['format'], r.dataset['code']])).toEqual([
      ['ok-flag', 'provider_error'],
      ['state-meta', 'validation_error'],
      ['success-flag', 'RATE_LIMIT_EXCEEDED'],
      ['jsonrpc', '-32601'],
      ['numeric-code', '1001'],
      ['problem-json', 'https://example.com/probs/out-of-credit'],
      ['graphql', 'UNAUTHENTICATED'],
      ['http', ''],
    ]);
    expect(rows().every((r) => r.querySelector('.imported-badge') !== null)).toBe(true);
    expect(document.getElementById('import-progress')?.textContent).toContain(
      'Imported 8 errors from 12 entries',
    );

    fireEvent.click(rows()[0] as HTMLElement);
    expect(document.querySelector('#details .imported-badge')?.textContent).toBe('imported');
    fireEvent.click(document.getElementById('import-dismiss') as HTMLElement);
    expect(document.getElementById('import-progress')).toBeNull();
  });

  it('imports on the main thread, in steps, where no worker exists', async () => {
    vi.stubGlobal('Worker', undefined);
    const { store } = renderPanel();
    await act(async () => {
      pick(harFile());
      await importEnded(store);
    });
    expect(store.getState().errors).toHaveLength(8);
    expect(store.getState().harImport).toMatchObject({ state: 'done', entries: 12, errors: 8 });
  });

  it('gives imported rows ids that never meet live ones, through a second import too', async () => {
    vi.stubGlobal('Worker', undefined);
    const { store } = renderPanel();
    addErrors(store, [captured(1, { status: 500 }), captured(2, { status: 500 })]);
    for (let i = 0; i < 2; i++) {
      await act(async () => {
        pick(harFile());
        await importEnded(store);
      });
    }
    addErrors(store, [captured(3, { status: 500 })]);
    const ids = store.getState().errors.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id < 0)).toHaveLength(16);
    expect(store.getState().errors.filter((e) => e.imported)).toHaveLength(16);
  });

  it('goes through the same buffer limit as live traffic', async () => {
    vi.stubGlobal('Worker', undefined);
    const { store } = renderPanel();
    act(() => store.getState().updateSettings({ maxEntries: 5 }));
    await act(async () => {
      pick(harFile());
      await importEnded(store);
    });
    expect(store.getState().errors).toHaveLength(5);
    expect(store.getState().dropped).toBe(3);
  });

  it('shows progress, adds rows once per burst, and cancels: decoded rows stay', () => {
    vi.useFakeTimers();
    try {
      const { store } = renderPanel();
      let emit: (m: HarImportMessage) => void = () => {};
      const stop = vi.fn();
      const backend: ImportBackend = (_file, _options: HarImportOptions, e) => {
        emit = e;
        return stop;
      };
      act(() => void startHarImport(store, harFile(), backend));
      act(() => emit({ type: 'phase', phase: 'parse' }));
      expect(screen.getByText('Importing… 30%')).toBeTruthy();
      expect((document.getElementById('import-har') as HTMLButtonElement).disabled).toBe(true);
      // A second import waits for the first.
      expect(startHarImport(store, harFile(), backend)).toBe(false);

      const error = (id: number) => ({ ...captured(id, { status: 500 }), imported: true });
      act(() =>
        emit({ type: 'step', errors: [error(-1)], indexes: [0], skipped: [], done: 4, total: 10 }),
      );
      act(() =>
        emit({ type: 'step', errors: [error(-2)], indexes: [0], skipped: [], done: 5, total: 10 }),
      );
      expect(rows()).toHaveLength(0);
      act(() => void vi.advanceTimersByTime(100));
      expect(rows()).toHaveLength(2);
      expect(screen.getByText('Importing… 80%')).toBeTruthy();

      act(() =>
        emit({ type: 'step', errors: [error(-3)], indexes: [0], skipped: [], done: 6, total: 10 }),
      );
      fireEvent.click(document.getElementById('import-cancel') as HTMLElement);
      expect(stop).toHaveBeenCalledOnce();
      expect(document.getElementById('import-progress')).toBeNull();
      expect(rows()).toHaveLength(3);
      act(() => emit({ type: 'done', entries: 10, errors: 3, skipped: 0, firstSkipped: [] })); // late: ignored
      act(() => void vi.advanceTimersByTime(1000));
      expect(store.getState().harImport.state).toBe('idle');
      expect(rows()).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says why a file could not be imported, in Russian too', async () => {
    vi.stubGlobal('Worker', undefined);
    const { store } = renderPanel();
    await act(async () => {
      pick(harFile('{"not":"har"}', 'notes.json'));
      await importEnded(store);
    });
    const progress = () => document.getElementById('import-progress');
    expect(progress()?.dataset['state']).toBe('failed');
    expect(progress()?.textContent).toContain('notes.json is not a HAR file');
    act(() => store.getState().updateSettings({ lang: 'ru' }));
    expect(progress()?.textContent).toContain('notes.json — не файл HAR');
  });

  it('imports a file dropped on the panel, with an overlay while dragging', async () => {
    vi.stubGlobal('Worker', undefined);
    const { store } = renderPanel();
    const dataTransfer = { types: ['Files'], files: [harFile()], dropEffect: 'none' };
    fireEvent.dragEnter(document.body, { dataTransfer });
    expect(document.getElementById('har-drop-overlay')?.textContent).toBe(
      'Drop a .har file to import it',
    );
    fireEvent.dragLeave(document.body, { dataTransfer });
    expect(document.getElementById('har-drop-overlay')).toBeNull();

    fireEvent.dragEnter(document.body, { dataTransfer });
    await act(async () => {
      fireEvent.drop(document.body, { dataTransfer });
      await importEnded(store);
    });
    expect(document.getElementById('har-drop-overlay')).toBeNull();
    expect(store.getState().errors).toHaveLength(8);
  });

  it('ignores a drag that carries no file', () => {
    renderPanel();
    fireEvent.dragEnter(document.body, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(document.getElementById('har-drop-overlay')).toBeNull();
  });

  it('cancels a running import when the panel goes away', () => {
    const { store, unmount } = renderPanel();
    const stop = vi.fn();
    act(() => void startHarImport(store, harFile(), () => stop));
    unmount();
    expect(stop).toHaveBeenCalledOnce();
    expect(store.getState().harImport.state).toBe('idle');
  });
});

describe('HAR export in the panel', () => {
  async function saved(): Promise<{ name: string; har: { log: { entries: unknown[] } } }> {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    let name = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      name = this.download;
    });
    fireEvent.click(document.getElementById('export-har-save') as HTMLElement);
    if (blob === undefined) throw new Error('nothing saved');
    return { name, har: JSON.parse(await blob.text()) as { log: { entries: unknown[] } } };
  }

  it('saves all captured errors, or only those shown, redacted by default', async () => {
    const { store } = renderPanel();
    expect((document.getElementById('export-har') as HTMLButtonElement).disabled).toBe(true);
    addErrors(store, [
      captured(1, {
        status: 401,
        json: okFalse('invalid_token'),
        requestHeaders: [{ name: 'Authorization', value: 'Bearer s3cr3t' }],
      }),
      captured(2, { status: 400, json: okFalse('invalid_request') }),
    ]);
    act(() => store.getState().setFilterText('invalid_request'));

    fireEvent.click(document.getElementById('export-har') as HTMLElement);
    expect((document.getElementById('export-redact') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('All captured (2)')).toBeTruthy();
    expect(screen.getByText('Only those shown (1)')).toBeTruthy();
    const all = await saved();
    expect(all.name).toMatch(/^api-errors-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.har$/);
    expect(all.har.log.entries).toHaveLength(2);
    expect(JSON.stringify(all.har)).not.toContain('s3cr3t');
    expect(document.getElementById('export-har-menu')).toBeNull(); // closed after saving

    fireEvent.click(document.getElementById('export-har') as HTMLElement);
    fireEvent.change(document.getElementById('export-which') as HTMLSelectElement, {
      target: { value: 'shown' },
    });
    fireEvent.click(document.getElementById('export-redact') as HTMLElement);
    vi.restoreAllMocks();
    const shown = await saved();
    expect(shown.har.log.entries).toHaveLength(1);
    expect(JSON.stringify(shown.har)).not.toContain('s3cr3t');

    fireEvent.click(document.getElementById('export-har') as HTMLElement);
    fireEvent.click(document.getElementById('export-redact') as HTMLElement);
    vi.restoreAllMocks();
    act(() => store.getState().setFilterText(''));
    expect(JSON.stringify((await saved()).har)).toContain('Bearer s3cr3t');
  });

  it('closes the menu with Escape', () => {
    const { store } = renderPanel();
    addErrors(store, [captured(1, { status: 500 })]);
    fireEvent.click(document.getElementById('export-har') as HTMLElement);
    fireEvent.keyDown(document.getElementById('export-which') as HTMLElement, { key: 'Escape' });
    expect(document.getElementById('export-har-menu')).toBeNull();
  });
});
