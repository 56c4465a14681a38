import { useDeferredValue, useMemo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import { compileHostPatterns } from '../../core/filter/hostPattern';
import { compileFilter } from '../../core/filter/networkFilter';
import { incrementalFilter } from '../lib/incrementalFilter';
import { inTimeRange } from '../lib/timeRange';
import { useAppStore } from '../storeContext';

/**
 * The rows the list shows: the filter text, the watched hosts and the timeline's range applied.
 * Recompiled only when one changes; a new batch costs only its own rows (see incrementalFilter).
 */
export function useFilteredErrors(): readonly CapturedError[] {
  // New batches render in an interruptible background pass, so a storm never blocks a frame.
  const errors = useDeferredValue(useAppStore((s) => s.errors));
  const filterText = useAppStore((s) => s.filterText);
  const watchedHosts = useAppStore((s) => s.settings.watchedHosts);
  const timeRange = useAppStore((s) => s.timeRange);

  const filter = useMemo(() => {
    const noText = filterText.trim() === '';
    const noHosts = watchedHosts.every((h) => h.trim() === '');
    if (noText && noHosts && timeRange === null) return null;
    const matchesText = compileFilter(filterText);
    const watched = compileHostPatterns(watchedHosts);
    // A new range makes a new filter, so a brush re-filters every row, not only new ones.
    const inRange = timeRange === null ? () => true : inTimeRange(timeRange);
    return incrementalFilter<CapturedError>((e) => inRange(e) && watched(e.url) && matchesText(e));
  }, [filterText, watchedHosts, timeRange]);

  return useMemo(() => (filter === null ? errors : filter(errors)), [filter, errors]);
}
