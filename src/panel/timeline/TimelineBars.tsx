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

/** The hover text of bar `i`: its span, its total, and its count per advice. */
export function barTooltip(t: Translate, buckets: Buckets, i: number): string | null {
  const b = buckets.buckets[i];
  if (b === undefined || b.total === 0) return null;
  const parts = [t('timelineBar', { from: clockTime(b.from), to: clockTime(b.to), n: b.total })];
  RETRY_ADVICES.forEach((advice, a) => {
    const n = b.counts[a] ?? 0;
    if (n > 0) parts.push(`${t(`advice.${advice}`)}: ${n}`);
  });
  return parts.join(' · ');
}

/**
 * The stacked bars as one path per retry advice, coloured like the rows' advice bar: five
 * elements instead of one per bar and segment, so a redraw during a storm costs DOM work
 * independent of the bar count.
 */
export const TimelineBars = memo(function TimelineBars({ buckets }: { readonly buckets: Buckets }) {
  const paths: string[] = RETRY_ADVICES.map(() => '');
  buckets.buckets.forEach((b, i) => {
    if (b.total === 0) return;
    const height = Math.max(MIN_BAR, (b.total / buckets.max) * HEIGHT);
    let y = HEIGHT;
    RETRY_ADVICES.forEach((_, a) => {
      const n = b.counts[a] ?? 0;
      if (n === 0) return;
      const h = (n / b.total) * height;
      y -= h;
      paths[a] += `M${i + GAP / 2} ${y}h${1 - GAP}v${h}h${-(1 - GAP)}z`;
    });
  });
  return (
    <>
      {RETRY_ADVICES.map((advice, a) =>
        paths[a] === '' ? null : (
          <path key={advice} className="timeline-seg" data-advice={advice} d={paths[a]} />
        ),
      )}
    </>
  );
});
