import { memo } from 'react';
import { RETRY_ADVICES } from '../../core/types';
import type { Translate } from '../i18n/translate';
import { clockTime } from '../lib/format';
import type { Buckets } from './buckets';

/** viewBox units: one per bar across, HEIGHT up; the SVG stretches to the strip. */
export const HEIGHT = 100;
// A lone error next to a storm of hundreds must still show.
const MIN_BAR = 8;
const GAP = 0.15;

function tooltip(t: Translate, from: number, to: number, counts: readonly number[], total: number) {
  const lines = [t('timelineBar', { from: clockTime(from), to: clockTime(to), n: total })];
  RETRY_ADVICES.forEach((advice, i) => {
    const n = counts[i] ?? 0;
    if (n > 0) lines.push(`${t(`advice.${advice}`)}: ${n}`);
  });
  return lines.join('\n');
}

/** The stacked bars, one segment per retry advice, coloured like the rows' advice bar. */
export const TimelineBars = memo(function TimelineBars({
  buckets,
  t,
}: {
  readonly buckets: Buckets;
  readonly t: Translate;
}) {
  return (
    <>
      {buckets.buckets.map((b, i) => {
        if (b.total === 0) return null;
        const height = Math.max(MIN_BAR, (b.total / buckets.max) * HEIGHT);
        let y = HEIGHT;
        return (
          <g key={i} className="timeline-bar" data-index={i} data-total={b.total}>
            <title>{tooltip(t, b.from, b.to, b.counts, b.total)}</title>
            {RETRY_ADVICES.map((advice, a) => {
              const n = b.counts[a] ?? 0;
              if (n === 0) return null;
              const h = (n / b.total) * height;
              y -= h;
              return (
                <rect
                  key={advice}
                  className="timeline-seg"
                  data-advice={advice}
                  x={i + GAP / 2}
                  y={y}
                  width={1 - GAP}
                  height={h}
                />
              );
            })}
          </g>
        );
      })}
    </>
  );
});
