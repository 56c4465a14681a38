import {
  groupByCode,
  groupViolations,
  type CodeGroup,
  type HarFindings,
  type ViolationGroup,
} from './findings';

/** What NEW has that BASE has not. */
export interface HarDiff {
  readonly base: HarFindings;
  readonly next: HarFindings;
  readonly factor: number;
  /** (host, format, code) that BASE does not have. */
  readonly newErrors: readonly CodeGroup[];
  /** Codes whose count in NEW is more than `factor` times their count in BASE. */
  readonly grown: readonly { readonly group: CodeGroup; readonly before: number }[];
  /** (host, rule, retried format and code) that BASE does not have. */
  readonly newViolations: readonly ViolationGroup[];
}

const codeKey = (g: Pick<CodeGroup, 'host' | 'format' | 'code'>) =>
  JSON.stringify([g.host, g.format, g.code]);
const violationKey = (v: ViolationGroup) => JSON.stringify([v.host, v.kind, v.format, v.code]);

export function diffFindings(base: HarFindings, next: HarFindings, factor: number): HarDiff {
  const before = new Map(groupByCode(base.findings).map((g) => [codeKey(g), g.count]));
  const newErrors: CodeGroup[] = [];
  const grown: { group: CodeGroup; before: number }[] = [];
  for (const group of groupByCode(next.findings)) {
    const count = before.get(codeKey(group));
    if (count === undefined) newErrors.push(group);
    else if (group.count > factor * count) grown.push({ group, before: count });
  }
  const seen = new Set(groupViolations([base]).map(violationKey));
  const newViolations = groupViolations([next]).filter((v) => !seen.has(violationKey(v)));
  return { base, next, factor, newErrors, grown, newViolations };
}

export function somethingNew(diff: HarDiff): boolean {
  return diff.newErrors.length > 0 || diff.grown.length > 0 || diff.newViolations.length > 0;
}
