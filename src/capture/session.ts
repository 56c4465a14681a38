import type { DevtoolsSeam, Unsubscribe } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import { startCapture } from './captureNetwork';
import { followEnvironment } from './followEnvironment';
import { persistSettings } from './persistSettings';

/**
 * Everything the devtools page runs from the moment DevTools opens. Capture starts at once so
 * that requests made before the panel is first shown are kept.
 */
export function startSession(seam: DevtoolsSeam, store: AppStore): Unsubscribe {
  const stops: Unsubscribe[] = [followEnvironment(seam, store), startCapture(seam, store)];
  let stopped = false;
  void persistSettings(seam, store).then((stop) => (stopped ? stop() : stops.push(stop)));
  return () => {
    stopped = true;
    for (const stop of stops) stop();
  };
}
