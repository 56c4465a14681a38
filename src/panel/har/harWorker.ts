import {
  runHarImport,
  type HarImportMessage,
  type HarImportOptions,
} from '../../core/har/importHar';
import { passOn } from './passOn';

/** The HAR import off the panel's main thread: reading, JSON.parse and decoding all run here. */
export interface HarWorkerRequest {
  readonly file: File;
  readonly options: HarImportOptions;
}

// The worker's global scope, typed by hand: the project compiles against the DOM library only.
interface WorkerScope {
  onmessage: ((e: MessageEvent<HarWorkerRequest>) => void) | null;
  postMessage(message: HarImportMessage): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  const post = passOn((message) => scope.postMessage(message));
  void runHarImport(e.data.file, e.data.options, post);
};
