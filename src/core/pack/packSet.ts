import { FORMATS } from '../formats/index';
import type { ErrorFormat } from '../formats/format';
import { compileHostPatterns, hostAndPort, type HostMatcher } from '../filter/hostPattern';

/**
 * The formats a decoder knows, built-in and the user's, and the order to try them in for a URL:
 * for a host, packs scoped to it before unscoped ones, and user packs before built-ins, each
 * group most specific first. A user pack with a built-in's id replaces it wherever it applies.
 */
export interface PackSet {
  /** Every format, in the order used for a host no pack is scoped to. */
  readonly formats: readonly ErrorFormat[];
  /** Every format a URL could use, scoped ones too: the user's, then the built-ins. */
  readonly all: readonly ErrorFormat[];
  /** The formats to try for this URL, in order. */
  forUrl(url: string): readonly ErrorFormat[];
  /** A format by id: the user's before a built-in of the same id. */
  byId(id: string): ErrorFormat | undefined;
  /** The first format whose documentation names this URL's host as its API's (`apiHosts`). */
  apiOf(url: string): ErrorFormat | undefined;
}

const bySpecificity = (a: ErrorFormat, b: ErrorFormat) => b.specificity - a.specificity;

// Orders are cached per origin; a page talks to a few, a HAR to a few hundred at most.
const MAX_CACHED_ORIGINS = 1000;

export function createPackSet(
  userFormats: readonly ErrorFormat[],
  builtins: readonly ErrorFormat[] = FORMATS,
): PackSet {
  const all = [...userFormats, ...builtins];
  const scoped = all.filter((f) => f.hosts.length > 0);
  const matchers = new Map<ErrorFormat, HostMatcher>(
    scoped.map((f) => [f, compileHostPatterns(f.hosts)]),
  );
  const applies = (format: ErrorFormat, url: string) => matchers.get(format)?.(url) ?? true;

  const orderFor = (url: string): ErrorFormat[] => {
    const here = all.filter((f) => applies(f, url));
    const overridden = new Set(here.filter((f) => f.origin === 'user').map((f) => f.id));
    const kept = here.filter((f) => f.origin === 'user' || !overridden.has(f.id));
    const rank = (f: ErrorFormat) => (f.hosts.length > 0 ? 0 : 2) + (f.origin === 'user' ? 0 : 1);
    // Array#sort is stable: equal ranks and specificities keep the order packs were added in.
    return kept.sort((a, b) => rank(a) - rank(b) || bySpecificity(a, b));
  };

  // The user's pack of a built-in's id stands for it here too.
  const userIds = new Set(userFormats.map((f) => f.id));
  const apiHosts = all
    .filter((f) => (f.apiHosts?.length ?? 0) > 0 && (f.origin === 'user' || !userIds.has(f.id)))
    .map((f) => [f, compileHostPatterns(f.apiHosts ?? [])] as const);
  // Asked of every error no format reads: a case-blind substring test first. Finding the URL's
  // host made an HTML error page's decode 1.6 times as slow (A/B against a0f8eaf).
  const mayName = mayNameAny(apiHosts.flatMap(([f]) => (f.apiHosts ?? []).map(literalPart)));
  const apiOf = (url: string) =>
    apiHosts.length === 0 || !mayName.test(url)
      ? undefined
      : apiHosts.find(([f, matches]) => matches(url) && applies(f, url))?.[0];

  const unscopedOrder = orderFor('');
  const formats = unscopedOrder;
  if (scoped.length === 0) {
    return {
      formats,
      all,
      forUrl: () => formats,
      byId: (id) => formats.find((f) => f.id === id),
      apiOf,
    };
  }
  const cache = new Map<string, readonly ErrorFormat[]>();
  return {
    formats,
    all,
    forUrl(url) {
      const hp = hostAndPort(url);
      const key = hp === null ? '' : `${hp.host}:${hp.port}`;
      let order = cache.get(key);
      if (order === undefined) {
        if (cache.size >= MAX_CACHED_ORIGINS) cache.clear();
        order = hp === null ? unscopedOrder : orderFor(url);
        cache.set(key, order);
      }
      return order;
    },
    byId: (id) => all.find((f) => f.id === id),
    apiOf,
  };
}

/** What a URL naming a host pattern's host must hold: its name past any `*`, without a port. */
function literalPart(pattern: string): string {
  const host = pattern.trim().toLowerCase().replace(/:\d*$/, '');
  const star = host.lastIndexOf('*');
  return star < 0 ? host : host.slice(star + 1).replace(/^\./, '');
}

/** A test any URL naming one of the hosts passes, in any case (a regex: 20 ns, bench). */
function mayNameAny(needles: readonly string[]): RegExp {
  const escaped = needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'i');
}

/** The built-in formats alone: what decode() uses when given no packs. */
export const BUILTIN_SET: PackSet = createPackSet([]);
