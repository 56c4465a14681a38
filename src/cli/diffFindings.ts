import {
  groupByCode,
  groupViolations,
  type CodeGroup,
  type HarFindings,
  type ViolationGroup,
} from './findings';

/** What `diff` keeps of BASE while it reads NEW: counts and keys, not every error. */
export interface Baseline {
  readonly file: string;
  /** Error count per (host, format, code). */
  readonly codes: ReadonlyMap<string, number>;
  /** (host, rule, retried format and code) of every broken retry rule. */
  readonly violations: ReadonlySet<string>;
}

/** What NEW has that BASE has not. */
export interface HarDiff {
  readonly base: Baseline;
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

export function baselineOf(base: HarFindings): Baseline {
  return {
    file: base.file,
    codes: new Map(groupByCode(base.findings).map((g) => [codeKey(g), g.count])),
    violations: new Set(groupViolations([base]).map(violationKey)),
  };
}

export function diffFindings(base: Baseline, next: HarFindings, factor: number): HarDiff {
  const newErrors: CodeGroup[] = [];
  const grown: { group: CodeGroup; before: number }[] = [];
  for (const group of groupByCode(next.findings)) {
    const count = base.codes.get(codeKey(group));
    if (count === undefined) newErrors.push(group);
    else if (group.count > factor * count) grown.push({ group, before: count });
  }
  const newViolations = groupViolations([next]).filter(
    (v) => !base.violations.has(violationKey(v)),
  );
  return { base, next, factor, newErrors, grown, newViolations };
}

export function somethingNew(diff: HarDiff): boolean {
  return diff.newErrors.length > 0 || diff.grown.length > 0 || diff.newViolations.length > 0;
}
