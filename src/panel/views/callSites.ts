import type { CapturedError } from '../../core/capture/capturedError';
import type { CallSite } from '../../core/capture/initiator';

export interface CallSiteGroup {
  /** `null` gathers the errors whose caller is unknown. */
  readonly site: CallSite | null;
  readonly count: number;
  /** [status, count], most first: "17 × 401". */
  readonly statuses: readonly (readonly [number, number])[];
}

/** Errors grouped by the code that made the call, busiest call site first. One pass. */
export function groupByCallSite(
  errors: readonly Pick<CapturedError, 'initiator' | 'status'>[],
): readonly CallSiteGroup[] {
  const groups = new Map<
    string,
    { site: CallSite | null; count: number; statuses: Map<number, number> }
  >();
  for (const e of errors) {
    const s = e.initiator;
    const key = s === null ? '' : `${s.url}:${s.line}:${s.column}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { site: s, count: 0, statuses: new Map() }));
    g.count++;
    g.statuses.set(e.status, (g.statuses.get(e.status) ?? 0) + 1);
  }
  return [...groups.values()]
    .map((g) => ({
      site: g.site,
      count: g.count,
      statuses: [...g.statuses].sort((a, b) => b[1] - a[1] || a[0] - b[0]),
    }))
    .sort((a, b) => b.count - a.count || (a.site === null ? 1 : b.site === null ? -1 : 0));
}
