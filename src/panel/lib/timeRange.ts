import type { CapturedError } from '../../core/capture/capturedError';
import type { TimeRange } from '../../store/viewSlice';

/** The list's time filter: errors that started inside the brushed range, both ends included. */
export function inTimeRange(
  range: TimeRange,
): (error: Pick<CapturedError, 'startedAt'>) => boolean {
  const { from, to } = range;
  return (error) => error.startedAt >= from && error.startedAt <= to;
}
