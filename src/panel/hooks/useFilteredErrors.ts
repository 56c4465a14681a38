import { useMemo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import { compileHostPatterns } from '../../core/filter/hostPattern';
import { compileFilter } from '../../core/filter/networkFilter';
import { incrementalFilter } from '../lib/incrementalFilter';
import { useAppStore } from '../storeContext';

/**
 * The rows the list shows: the filter text and the watched hosts applied. Recompiled only when
 * either changes; a new batch costs only its own rows (see incrementalFilter).
 */
export function useFilteredErrors(): readonly CapturedError[] {
  const errors = useAppStore((s) => s.errors);
  const filterText = useAppStore((s) => s.filterText);
  const watchedHosts = useAppStore((s) => s.settings.watchedHosts);

  const filter = useMemo(() => {
    const noText = filterText.trim() === '';
    const noHosts = watchedHosts.every((h) => h.trim() === '');
    if (noText && noHosts) return null;
    const matchesText = compileFilter(filterText);
    const watched = compileHostPatterns(watchedHosts);
    return incrementalFilter<CapturedError>((e) => watched(e.url) && matchesText(e));
  }, [filterText, watchedHosts]);

  return useMemo(() => (filter === null ? errors : filter(errors)), [filter, errors]);
}
