/**
 * Chrome Network panel's `domain:` semantics: the whole host, case-insensitive, `*` as a
 * wildcard (`*.example.com`), and an optional `:port`. Without a port, any port matches.
 */
export type HostMatcher = (url: string) => boolean;

/**
 * Whether `text` matches `glob`, where `*` stands for any run of characters. Patterns come from
 * users and from error packs, so no RegExp: a `*a*a*a…` pattern would make one backtrack
 * exponentially. This walk resumes only from the last `*`, so it takes at most
 * glob × text steps (both are host names, at most 253 characters).
 */
export function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] === '*') {
      star = g++;
      resume = t;
    } else if (g < glob.length && glob[g] === text[t]) {
      g++;
      t++;
    } else if (star >= 0) {
      g = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

// Filtering 100,000 rows parses as many URLs, yet they share a few origins: parse each once.
const AUTHORITY = /^[a-z][a-z\d+.-]*:\/\/[^/?#\\]*/i;
const byOrigin = new Map<string, { host: string; port: string } | null>();

/** Host and port of a URL, or null when it does not parse. Default ports are made explicit. */
export function hostAndPort(url: string): { host: string; port: string } | null {
  const origin = AUTHORITY.exec(url)?.[0];
  if (origin === undefined) return parseHostAndPort(url);
  let hp = byOrigin.get(origin);
  if (hp === undefined) {
    if (byOrigin.size > 1000) byOrigin.clear();
    hp = parseHostAndPort(origin);
    byOrigin.set(origin, hp);
  }
  return hp;
}

function parseHostAndPort(url: string): { host: string; port: string } | null {
  try {
    const u = new URL(url);
    const port = u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '');
    return { host: u.hostname.replace(/^\[|\]$/g, '').toLowerCase(), port };
  } catch {
    return null;
  }
}

type HostPort = { host: string; port: string };

function compileParsed(pattern: string): (hp: HostPort) => boolean {
  const trimmed = pattern.trim().toLowerCase();
  // An IPv6 literal comes in brackets: [::1]:8080
  const v6 = /^\[([^\]]+)\](?::([\d*]+))?$/.exec(trimmed);
  const portMatch = v6 ? null : /^(.*?):([\d*]+)$/.exec(trimmed);
  const hostGlob = v6?.[1] ?? portMatch?.[1] ?? trimmed;
  const portGlob = v6?.[2] ?? portMatch?.[2] ?? null;
  // Hosts arrive lower-cased from hostAndPort; the pattern is lower-cased above.
  return (hp) =>
    globMatches(hostGlob, hp.host) && (portGlob === null || globMatches(portGlob, hp.port));
}

export function compileHostPattern(pattern: string): HostMatcher {
  return compileHostPatterns([pattern]);
}

/** Patterns are ORed; an empty list matches every host. The URL is parsed once for all. */
export function compileHostPatterns(patterns: readonly string[]): HostMatcher {
  const matchers = patterns.filter((p) => p.trim() !== '').map(compileParsed);
  if (matchers.length === 0) return () => true;
  return (url) => {
    const hp = hostAndPort(url);
    return hp !== null && matchers.some((m) => m(hp));
  };
}
