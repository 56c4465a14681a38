import type { HarImportMessage, SkippedEntry } from '../../core/har/importHar';
import { MAX_SKIPPED_LISTED } from '../../core/har/importHar';

/**
 * The worker's side of an import: posts each message to the panel. A step that cannot be
 * structured-cloned (an error holding data nested too deep, or a value no clone can copy) is
 * posted error by error, and each error that still cannot be passed on is reported as a skipped
 * entry, so the rest of the file imports. The `done` message counts what was skipped here.
 */
export function passOn(
  post: (message: HarImportMessage) => void,
): (message: HarImportMessage) => void {
  let lost = 0;
  const listed: SkippedEntry[] = [];
  return (message) => {
    if (message.type === 'done') {
      const firstSkipped = [...message.firstSkipped, ...listed].slice(0, MAX_SKIPPED_LISTED);
      post({
        ...message,
        errors: message.errors - lost,
        skipped: message.skipped + lost,
        firstSkipped,
      });
      return;
    }
    try {
      post(message);
      return;
    } catch (error) {
      if (message.type !== 'step') throw error;
    }
    const skipped = [...message.skipped];
    message.errors.forEach((error, i) => {
      const entry = message.indexes[i] ?? -1;
      try {
        post({ ...message, errors: [error], indexes: [entry], skipped: [] });
      } catch (e) {
        lost++;
        const s: SkippedEntry = {
          entry,
          reason: 'not-transferable',
          detail: e instanceof Error ? e.name : 'Error',
        };
        skipped.push(s);
        if (listed.length < MAX_SKIPPED_LISTED) listed.push(s);
      }
    });
    post({ ...message, errors: [], indexes: [], skipped });
  };
}
