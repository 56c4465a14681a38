import type { CapturedError } from '../../core/capture/capturedError';
import type { FormatId } from '../../core/types';

interface Seen {
  count: number;
  firstSeen: number;
  lastSeen: number;
}

export interface CodeGroup extends Readonly<Seen> {
  readonly code: string | number | null;
}

export interface FormatGroup extends Readonly<Seen> {
  readonly format: FormatId;
  readonly codes: readonly CodeGroup[];
}

export interface HostGroup extends Readonly<Seen> {
  readonly host: string;
  readonly formats: readonly FormatGroup[];
}

type Summarized = Pick<CapturedError, 'host' | 'startedAt' | 'decoded'>;

function see(group: Seen, at: number): void {
  group.count++;
  if (at < group.firstSeen) group.firstSeen = at;
  if (at > group.lastSeen) group.lastSeen = at;
}

const fresh = (): Seen => ({ count: 0, firstSeen: Infinity, lastSeen: -Infinity });

// The most frequent first; ties in a stable, readable order.
const byCount =
  <G extends Seen>(name: (g: G) => string) =>
  (a: G, b: G) =>
    b.count - a.count || name(a).localeCompare(name(b));

/**
 * Errors → host → format → code, each level with its count and first and last start time.
 * A JSON-RPC batch counts once, by its first error, as its row in the list does. One pass.
 */
export function groupSummary(errors: readonly Summarized[]): readonly HostGroup[] {
  type CodeAcc = Seen & { code: string | number | null };
  type FormatAcc = Seen & { format: FormatId; codes: Map<string, CodeAcc> };
  type HostAcc = Seen & { host: string; formats: Map<FormatId, FormatAcc> };
  const hosts = new Map<string, HostAcc>();

  for (const e of errors) {
    const { format, code } = e.decoded;
    let host = hosts.get(e.host);
    if (host === undefined)
      hosts.set(e.host, (host = { ...fresh(), host: e.host, formats: new Map() }));
    let fmt = host.formats.get(format);
    if (fmt === undefined)
      host.formats.set(format, (fmt = { ...fresh(), format, codes: new Map() }));
    // 1001 and "1001" are one code to a reader; `null` (no code) is apart from "null".
    const key = code === null ? '\u0000' : String(code);
    let c = fmt.codes.get(key);
    if (c === undefined) fmt.codes.set(key, (c = { ...fresh(), code }));
    see(host, e.startedAt);
    see(fmt, e.startedAt);
    see(c, e.startedAt);
  }

  return [...hosts.values()].sort(byCount((h) => h.host)).map((h) => ({
    host: h.host,
    count: h.count,
    firstSeen: h.firstSeen,
    lastSeen: h.lastSeen,
    formats: [...h.formats.values()].sort(byCount((f) => f.format)).map((f) => ({
      format: f.format,
      count: f.count,
      firstSeen: f.firstSeen,
      lastSeen: f.lastSeen,
      codes: [...f.codes.values()]
        .sort(byCount((c) => (c.code === null ? '' : String(c.code))))
        .map(({ code, count, firstSeen, lastSeen }) => ({ code, count, firstSeen, lastSeen })),
    })),
  }));
}

/** The list filter that shows one code row's errors: `domain:h format:f code:c`. */
export function summaryFilter(
  host: string,
  format: FormatId,
  code: string | number | null,
): string {
  const tokens: string[] = [];
  if (host !== '') tokens.push(`domain:${host}`);
  tokens.push(`format:${format}`);
  // A code with a space cannot be one filter token; the host and format still narrow it.
  if (code !== null && !/\s/.test(String(code))) tokens.push(`code:${code}`);
  return tokens.join(' ');
}
