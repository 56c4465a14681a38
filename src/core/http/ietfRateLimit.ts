/**
 * The IETF rate-limit fields of every draft generation (draft-ietf-httpapi-ratelimit-headers):
 * - draft 08 on: `RateLimit-Policy: "burst";q=100;w=60` and `RateLimit: "burst";r=50;t=30`,
 *   Lists of Items named by a String;
 * - draft 07: `RateLimit: limit=100, remaining=50, reset=30`, a Dictionary, with
 *   `RateLimit-Policy: 100;w=60`, Items whose value is the quota;
 * - draft 06 and before: `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (a delay).
 * "Malformed RateLimit header fields MUST be ignored" (draft 11 §7): a field that breaks its
 * draft's syntax in any member is left out whole, and the others still count.
 */
import type { RateLimitPolicy, RateLimitSource } from '../types';
import {
  asItem,
  byteSequence,
  decimalsOf,
  hasDecimal,
  nonNegativeInteger,
  parseSfDictionary,
  parseSfList,
  type BareItem,
  type Item,
  type SfDictionary,
  type SfList,
} from './structuredFields';

/** The raw IETF field values of a response, each field's lines already joined. */
export interface IetfFields {
  readonly policy: string | null;
  readonly current: string | null;
  readonly limit: string | null;
  readonly remaining: string | null;
  readonly reset: string | null;
}

/** The policies kept of one response. */
export const MAX_POLICIES = 100;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function policyOf(source: RateLimitSource, name: string | null): Mutable<RateLimitPolicy> {
  return {
    source,
    name,
    quota: null,
    unit: 'requests',
    windowSeconds: null,
    remaining: null,
    resetSeconds: null,
    partitionKey: null,
  };
}

/** An optional parameter: absent is fine (`undefined`), present but invalid is `null`. */
function optional<T>(
  item: Item,
  key: string,
  read: (v: BareItem | undefined) => T | null,
): T | undefined | null {
  return item[1].has(key) ? read(item[1].get(key)) : undefined;
}

const positiveInteger = (v: BareItem | undefined) => {
  const n = nonNegativeInteger(v);
  return n === null || n === 0 ? null : n;
};
const sfString = (v: BareItem | undefined) => (typeof v === 'string' ? v : null);

/** Draft 08 on: one quota policy item, `"name";q=…;qu=…;w=…;pk=…` (draft 11 §3.1). */
function namedPolicy(item: Item): RateLimitPolicy | null {
  const [name] = item;
  const quota = nonNegativeInteger(item[1].get('q'));
  const unit = optional(item, 'qu', sfString);
  const window = optional(item, 'w', positiveInteger);
  const key = optional(item, 'pk', byteSequence);
  if (typeof name !== 'string' || quota === null) return null;
  if (unit === null || window === null || key === null) return null;
  const policy = policyOf('ratelimit', name);
  policy.quota = quota;
  policy.unit = unit ?? 'requests';
  policy.windowSeconds = window ?? null;
  policy.partitionKey = key ?? null;
  return policy;
}

/**
 * Drafts 06 and 07: a quota policy item is its quota with a window, `100;w=60` (draft 07 §2.1).
 * Their window is a non-negative Integer (draft 07 §2.3); draft 11's must be positive.
 */
function quotaPolicy(item: Item, source: RateLimitSource): RateLimitPolicy | null {
  const quota = nonNegativeInteger(item[0]);
  const window = nonNegativeInteger(item[1].get('w'));
  if (quota === null || window === null) return null;
  const policy = policyOf(source, null);
  policy.quota = quota;
  policy.windowSeconds = window;
  return policy;
}

/** Every member through `read`, or null when any member is malformed. */
function allOf<T>(list: SfList | null, read: (item: Item) => T | null): T[] | null {
  if (list === null) return null;
  const out: T[] = [];
  for (const member of list) {
    const item = asItem(member);
    const value = item === null ? null : read(item);
    if (value === null) return null;
    out.push(value);
  }
  return out;
}

/** Draft 08 on: one service limit item, `"name";r=…;t=…;pk=…` (draft 11 §4.1). */
interface ServiceLimit {
  readonly name: string;
  readonly remaining: number;
  readonly reset: number | null;
  readonly partitionKey: string | null;
}

function serviceLimit(item: Item): ServiceLimit | null {
  const [name] = item;
  const remaining = nonNegativeInteger(item[1].get('r'));
  const reset = optional(item, 't', nonNegativeInteger);
  const key = optional(item, 'pk', byteSequence);
  if (typeof name !== 'string' || remaining === null || reset === null || key === null) return null;
  return { name, remaining, reset: reset ?? null, partitionKey: key ?? null };
}

/** Draft 07's Dictionary: `limit` and `reset` required, `remaining` optional (draft 07 §3.1). */
function draft07State(dict: SfDictionary): Mutable<RateLimitPolicy> | null {
  const member = (key: string) => {
    const entry = dict.get(key);
    if (entry === undefined) return undefined;
    return nonNegativeInteger(asItem(entry)?.[0]);
  };
  const limit = member('limit');
  const remaining = member('remaining');
  const reset = member('reset');
  if (limit == null || reset == null || remaining === null) return null;
  const policy = policyOf('ratelimit-draft07', null);
  policy.quota = limit;
  policy.remaining = remaining ?? null;
  policy.resetSeconds = reset;
  return policy;
}

/**
 * A draft ≤06 field: an Integer Item. `RateLimit-Limit` was a List in drafts ≤04
 * (`10, 10;w=1, 50;w=60`) whose first member is the limit.
 */
function legacyInteger(value: string | null, list: boolean): number | null {
  const members = value === null || decimalsOf(value).item ? null : parseSfList(value);
  if (members === null || members.length === 0 || (!list && members.length > 1)) return null;
  return nonNegativeInteger(asItem(members[0])?.[0]);
}

function draft06State(fields: IetfFields): Mutable<RateLimitPolicy> | null {
  const limit = legacyInteger(fields.limit, true);
  const remaining = legacyInteger(fields.remaining, false);
  const reset = legacyInteger(fields.reset, false);
  if (limit === null && remaining === null && reset === null) return null;
  const policy = policyOf('ratelimit-draft06', null);
  policy.quota = limit;
  policy.remaining = remaining;
  policy.resetSeconds = reset;
  return policy;
}

/** Draft 08 on: the service limits, joined by name to their policies (or listed alone). */
function joinServiceLimits(policies: Mutable<RateLimitPolicy>[], limits: readonly ServiceLimit[]) {
  // By a Map, not a search per limit: a hostile field of 50,000 members took 19 s that way.
  const byName = new Map<string | null, Mutable<RateLimitPolicy>>();
  for (const p of policies) if (!byName.has(p.name)) byName.set(p.name, p);
  for (const limit of limits) {
    let policy = byName.get(limit.name);
    if (policy === undefined) {
      policy = policyOf('ratelimit', limit.name);
      policies.push(policy);
      byName.set(limit.name, policy);
    }
    policy.remaining = limit.remaining;
    policy.resetSeconds = limit.reset;
    policy.partitionKey ??= limit.partitionKey;
  }
}

/**
 * Drafts 06–07: the expiring limit's state takes the window of the quota-only policy with the
 * same quota ("RateLimit-Policy: 100;w=10" with "RateLimit: limit=100, …", draft 07 §3.5).
 */
function joinQuota(state: Mutable<RateLimitPolicy>, quotas: RateLimitPolicy[]): void {
  const own = quotas.findIndex((p) => p.quota === state.quota);
  if (own < 0) return;
  state.windowSeconds = quotas[own]?.windowSeconds ?? null;
  quotas.splice(own, 1);
}

const DRAFT07_MEMBERS = ['limit', 'remaining', 'reset'];

/**
 * A field parsed, or `null` when it gives a Decimal for an Item or for one of `integers`, each
 * an Integer in every draft: such a field is malformed, and ignored (draft 11 §7).
 */
function parseUnlessDecimal<T>(
  field: string | null,
  integers: readonly string[],
  parse: (text: string) => T | null,
): T | null {
  if (field === null || hasDecimal(decimalsOf(field), integers)) return null;
  return parse(field);
}

/** Every policy the IETF fields state: named ones in the server's order, then older drafts'. */
export function ietfPolicies(fields: IetfFields): RateLimitPolicy[] {
  const policyList = parseUnlessDecimal(fields.policy, ['q', 'w'], parseSfList);
  const named = allOf(policyList, namedPolicy);
  const out = (named ?? []) as Mutable<RateLimitPolicy>[];

  const currentList = parseUnlessDecimal(fields.current, ['r', 't'], parseSfList);
  const limits = allOf(currentList, serviceLimit);
  if (limits !== null) joinServiceLimits(out, limits);
  // A draft 07 Dictionary does not parse as a List, nor a draft 08 List as a Dictionary.
  const dict =
    currentList === null && fields.current !== null
      ? parseUnlessDecimal(fields.current, DRAFT07_MEMBERS, parseSfDictionary)
      : null;
  const state07 = dict === null ? null : draft07State(dict);
  const state06 = draft06State(fields);

  const source = state07 !== null ? 'ratelimit-draft07' : 'ratelimit-draft06';
  const quotas = named === null ? (allOf(policyList, (i) => quotaPolicy(i, source)) ?? []) : [];
  for (const state of [state07, state06]) {
    if (state === null) continue;
    joinQuota(state, quotas);
    out.push(state);
  }
  for (const quota of quotas) out.push(quota);
  // No response states more than a handful; a hostile one must not fill the pane.
  return out.length > MAX_POLICIES ? out.slice(0, MAX_POLICIES) : out;
}
