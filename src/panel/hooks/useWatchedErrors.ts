import { useDeferredValue, useMemo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import { compileHostPatterns } from '../../core/filter/hostPattern';
import { incrementalFilter } from '../lib/incrementalFilter';
import { useAppStore } from '../storeContext';

/**
 * The captured errors from the watched hosts, whatever the filter text and time range: what the
 * timeline and the summary show. Like the list, a new batch costs only its own rows.
 */
export function useWatchedErrors(): readonly CapturedError[] {
  const errors = useDeferredValue(useAppStore((s) => s.errors));
  const watchedHosts = useAppStore((s) => s.settings.watchedHosts);
  const filter = useMemo(() => {
    if (watchedHosts.every((h) => h.trim() === '')) return null;
    const watched = compileHostPatterns(watchedHosts);
    return incrementalFilter<CapturedError>((e) => watched(e.url));
  }, [watchedHosts]);
  return useMemo(() => (filter === null ? errors : filter(errors)), [filter, errors]);
}
