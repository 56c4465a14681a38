import {
  memo,
  useDeferredValue,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useElementWidth } from '../hooks/useElementWidth';
import { useWatchedErrors } from '../hooks/useWatchedErrors';
import { useT } from '../i18n/useT';
import { clockTime } from '../lib/format';
import { useAppStore } from '../storeContext';
import { barsOf, brushRange } from './buckets';
import { bucketizeSorted, startIndex } from './startIndex';
import { barTooltip, HEIGHT, TimelineBars } from './TimelineBars';
import { useBrush, type Selection } from './useBrush';
import { IconButton } from '../IconButton';

const PX_PER_BAR = 4;
const MAX_BARS = 300;
// Before the strip is measured (and in tests, where nothing has a width).
const DEFAULT_BARS = 150;

function barCount(width: number): number {
  if (width <= 0) return DEFAULT_BARS;
  return Math.min(MAX_BARS, Math.max(1, Math.floor(width / PX_PER_BAR)));
}

/**
 * Errors over time above the list, coloured by retry advice, so a burst or a retry storm shows
 * at a glance. Dragging across it shows only that span in the list; a click or Esc shows all.
 */
export const Timeline = memo(function Timeline() {
  const t = useT();
  // Deferred: during a storm React redraws the strip in an interruptible background render.
  const errors = useDeferredValue(useWatchedErrors());
  const [hover, setHover] = useState<number | null>(null);
  const timeRange = useAppStore((s) => s.timeRange);
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const [widthRef, width] = useElementWidth();
  const count = barCount(width);
  // Sorted start times kept up to date batch by batch: no render walks every error.
  const [index] = useState(startIndex);
  const buckets = useMemo(() => bucketizeSorted(index(errors), count), [index, errors, count]);

  const onEnd = (selection: Selection | null) => {
    const range =
      selection === null || buckets === null
        ? null
        : brushRange(errors, buckets, selection.first, selection.last);
    setTimeRange(range);
  };
  const { draft, onMouseDown } = useBrush(buckets?.buckets.length ?? 1, onEnd);

  if (buckets === null) return null;
  const brushed = draft ?? (timeRange === null ? null : barsOf(buckets, timeRange));
  const lo = brushed === null ? 0 : Math.min(brushed.first, brushed.last);
  const hi = brushed === null ? 0 : Math.max(brushed.first, brushed.last);

  const onMouseMove = (e: MouseEvent<HTMLElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const n = buckets.buckets.length;
    const x = rect.width > 0 ? (e.clientX - rect.left) / rect.width : 0;
    setHover(Math.min(n - 1, Math.max(0, Math.floor(x * n))));
  };
  const tip = hover === null ? null : barTooltip(t, buckets, hover);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || timeRange === null) return;
    e.preventDefault();
    e.stopPropagation(); // the panel's own Esc (close details) waits for the next press
    setTimeRange(null);
  };

  return (
    <div
      id="timeline"
      className="timeline"
      data-bars={buckets.buckets.length}
      data-busy={buckets.buckets.filter((b) => b.total > 0).length}
      data-total={errors.length}
    >
      <div
        ref={widthRef}
        className="timeline-strip"
        role="group"
        tabIndex={0}
        aria-label={t('timelineLabel')}
        title={tip ?? t('timelineHint')}
        data-tip={tip ?? undefined}
        onMouseDown={onMouseDown}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        onKeyDown={onKeyDown}
      >
        <svg
          className="timeline-svg"
          viewBox={`0 0 ${buckets.buckets.length} ${HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <TimelineBars buckets={buckets} />
          {brushed !== null && (
            <rect className="timeline-brush" x={lo} y={0} width={hi - lo + 1} height={HEIGHT} />
          )}
        </svg>
      </div>
      {timeRange !== null && (
        <div className="timeline-range">
          <span id="timeline-range-label">
            {t('timelineRange', { from: clockTime(timeRange.from), to: clockTime(timeRange.to) })}
          </span>
          <IconButton
            id="timeline-clear"
            label={t('timelineClear')}
            onClick={() => setTimeRange(null)}
          >
            ×
          </IconButton>
        </div>
      )}
    </div>
  );
});
