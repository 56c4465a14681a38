import type { CapturedError } from '../../core/capture/capturedError';
import { firstImportId, importPercent } from '../../core/har/importHar';
import type { AppStore } from '../../store/appStore';
import type { HarImportStatus } from '../../store/harImportSlice';
import { defaultBackend, type ImportBackend } from './importBackends';

// One store update per burst, as live capture does: the worker's steps arrive faster than the
// list, timeline and counts can re-render for each (bench/har-import.bench.ts).
const FLUSH_MS = 100;

/**
 * Imports a HAR file into the store: its errors join the list in steps, marked imported, under
 * the same `maxEntries` limit as live traffic. One import at a time: `false` if one is running.
 */
export function startHarImport(
  store: AppStore,
  file: File,
  backend: ImportBackend = defaultBackend(),
): boolean {
  const state = store.getState();
  if (state.harImport.state === 'running') return false;
  const fileName = file.name;
  let finished = false;
  let stop = () => {};
  let pending: CapturedError[] = [];
  let percent = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const running = () =>
    store.getState().setHarImport({ state: 'running', fileName, percent, cancel });
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = [];
    store.getState().addErrors(batch);
  };
  const finish = (status: HarImportStatus) => {
    finished = true;
    flush();
    store.getState().setHarImport(status);
  };
  // Rows already decoded stay: they are correct, only the rest of the file is skipped.
  function cancel() {
    if (finished) return;
    stop();
    finish({ state: 'idle' });
  }

  running();
  stop = backend(
    file,
    {
      bodyLimit: state.settings.bodyLimit,
      pins: state.settings.pins,
      userPacks: state.settings.userPacks.filter((p) => p.enabled).map((p) => p.text),
      firstId: firstImportId(state.errors),
    },
    (message) => {
      if (finished) return;
      switch (message.type) {
        case 'phase':
          percent = importPercent(message);
          running();
          return;
        case 'step':
          pending = pending.concat(message.errors);
          percent = importPercent(message);
          timer ??= setTimeout(() => {
            flush();
            running();
          }, FLUSH_MS);
          return;
        case 'done':
          finish({
            state: 'done',
            fileName,
            entries: message.entries,
            errors: message.errors,
            skipped: message.skipped,
            firstSkipped: message.firstSkipped,
          });
          return;
        case 'failed':
          finish({ state: 'failed', fileName, reason: message.reason });
      }
    },
  );
  return true;
}
