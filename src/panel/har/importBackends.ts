import {
  runHarImport,
  type HarImportMessage,
  type HarImportOptions,
} from '../../core/har/importHar';
import type { HarWorkerRequest } from './harWorker';

/** Runs one import and reports through `emit`; returns a function that stops it. */
export type ImportBackend = (
  file: File,
  options: HarImportOptions,
  emit: (message: HarImportMessage) => void,
) => () => void;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The fallback where no worker can start: the same steps on the main thread, yielding a task
 * between steps. Only JSON.parse of the whole file blocks (about 1.5 s for 100 MB).
 */
export const inlineBackend: ImportBackend = (file, options, emit) => {
  const controller = new AbortController();
  void runHarImport(
    file,
    options,
    async (message) => {
      if (controller.signal.aborted) return;
      emit(message);
      await nextTask();
    },
    controller.signal,
  );
  return () => controller.abort();
};

/** Reads, parses and decodes in a worker; the panel only adds finished rows to the store. */
export const workerBackend: ImportBackend = (file, options, emit) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./harWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inlineBackend(file, options, emit);
  }
  let heard = false;
  let stopped = false;
  let stopFallback: (() => void) | null = null;
  const stop = () => {
    stopped = true;
    worker.terminate();
    stopFallback?.();
  };
  worker.onmessage = (e: MessageEvent<HarImportMessage>) => {
    if (stopped) return;
    heard = true;
    if (e.data.type === 'done' || e.data.type === 'failed') stop();
    emit(e.data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    if (stopped) return;
    if (heard) {
      stop();
      emit({ type: 'failed', reason: 'crashed' });
    } else {
      // The script never ran (a build or policy problem): import on the main thread instead.
      worker.terminate();
      stopFallback = inlineBackend(file, options, emit);
    }
  };
  const request: HarWorkerRequest = { file, options };
  worker.postMessage(request);
  return stop;
};

/** The worker where the page can start one (every browser we ship for), else the fallback. */
export function defaultBackend(): ImportBackend {
  return typeof Worker === 'function' ? workerBackend : inlineBackend;
}
