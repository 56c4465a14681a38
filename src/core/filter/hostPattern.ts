/**
 * Chrome Network panel's `domain:` semantics: the whole host, case-insensitive, `*` as a
 * wildcard (`*.example.com`), and an optional `:port`. Without a port, any port matches.
 */
import { globMatcher } from './glob';

export type HostMatcher = (url: string) => boolean;

// Filtering 100,000 rows parses as many URLs, yet they share a few origins: parse each once.
const AUTHORITY = /^[a-z][a-z\d+.-]*:\/\/[^/?#\\]*/i;
const byOrigin = new Map<string, HostAndPort | null>();

export interface HostAndPort {
  readonly host: string;
  /** The port, the scheme's default when the URL names none. */
  readonly port: string;
  /** The host as a row shows it: IPv6 in brackets, a port only when not http's or https's. */
  readonly display: string;
}

/** Host and port of a URL, or null when it does not parse. Default ports are made explicit. */
export function hostAndPort(url: string): HostAndPort | null {
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

function parseHostAndPort(url: string): HostAndPort | null {
  try {
    const u = new URL(url);
    const port = u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '');
    const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const shown = host.includes(':') ? `[${host}]` : host;
    const omitted = u.protocol === 'https:' ? '443' : '80';
    return { host, port, display: port && port !== omitted ? `${shown}:${port}` : shown };
  } catch {
    return null;
  }
}

type HostPort = { host: string; port: string };

function compileParsed(pattern: string): (hp: HostPort) => boolean {
  const trimmed = pattern.trim().toLowerCase();
  // An IPv6 literal comes in brackets: [::1]:8080
  const v6 = /^\[([^\]]+)\](?::([\d*]+))?$/.exec(trimmed);
  const colon = trimmed.lastIndexOf(':');
  const hasPort = !v6 && colon >= 0 && /^[\d*]+$/.test(trimmed.slice(colon + 1));
  const hostGlob = v6?.[1] ?? (hasPort ? trimmed.slice(0, colon) : trimmed);
  const portGlob = v6?.[2] ?? (hasPort ? trimmed.slice(colon + 1) : null);
  const hostMatches = globMatcher(hostGlob);
  const portMatches = portGlob === null ? null : globMatcher(portGlob);
  return (hp) => hostMatches(hp.host) && (portMatches === null || portMatches(hp.port));
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
