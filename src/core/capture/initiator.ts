/** Where in the page's code a request was made, from the `_initiator` of Chrome's HAR entries. */
export interface CallSite {
  readonly url: string;
  /** 1-based, as stack traces and editors count. */
  readonly line: number;
  readonly column: number;
  /** False when every frame was library, framework or extension code: the first one is shown. */
  readonly app: boolean;
}

interface CallFrame {
  readonly url?: unknown;
  readonly lineNumber?: unknown;
  readonly columnNumber?: unknown;
}

// Code that is not the app's own: dependencies, dev-server internals, extensions (ours too),
// automation. Path hints, not a promise: a bundle that inlines its libraries shows its own name.
const LIBRARY = [
  /^(chrome|moz|safari(-web)?)-extension:/i,
  /^(pptr|debugger|devtools|node|webpack):/i,
  /\/node_modules\//i,
  /\/\.vite\/deps\//i,
  /\/@(vite|react-refresh|id)\//i,
  /webpack-internal:\/\/\/(\(webpack\)|\.\/node_modules)/i,
  /\/(_next\/static\/chunks\/(framework|main|webpack|polyfills)|_nuxt\/(vendors|entry))[.-]/i,
  /\/(react|react-dom|vue|angular|zone|axios|ky|jquery|rxjs|lodash|polyfills?|vendors?|chunk-vendors|runtime|framework|sentry|datadog|newrelic)([.-][^/]*)?\.m?js(\?|#|$)/i,
  /\/(cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|ajax\.googleapis\.com)\//i,
];

export function isLibraryUrl(url: string): boolean {
  return LIBRARY.some((re) => re.test(url));
}

function siteOf(frame: CallFrame, app: boolean): CallSite | null {
  const { url, lineNumber, columnNumber } = frame;
  if (typeof url !== 'string' || url === '' || typeof lineNumber !== 'number') return null;
  if (!Number.isInteger(lineNumber) || lineNumber < 0) return null;
  const column = typeof columnNumber === 'number' && columnNumber >= 0 ? columnNumber : 0;
  // The DevTools protocol counts from 0.
  return { url, line: lineNumber + 1, column: Math.floor(column) + 1, app };
}

function framesOf(initiator: Record<string, unknown>): CallFrame[] {
  const frames: CallFrame[] = [];
  // Async parents (a fetch inside a promise chain) follow the synchronous frames. Bounded, so a
  // crafted HAR with a cyclic or endless chain cannot hang the import.
  let stack = initiator['stack'] as Record<string, unknown> | undefined;
  for (let depth = 0; depth < 32 && typeof stack === 'object' && stack !== null; depth++) {
    const calls = stack['callFrames'];
    if (Array.isArray(calls)) {
      for (const f of calls.slice(0, 200)) if (typeof f === 'object' && f !== null) frames.push(f);
    }
    stack = stack['parent'] as Record<string, unknown> | undefined;
  }
  return frames;
}

/**
 * The first application frame of a HAR `_initiator`: frames from libraries, frameworks and
 * extensions are skipped. When nothing else is there, the first frame with `app: false`; for a
 * parser-initiated request, the document line. `null` when the initiator names no code.
 */
export function callSiteOf(initiator: unknown): CallSite | null {
  if (typeof initiator !== 'object' || initiator === null) return null;
  const record = initiator as Record<string, unknown>;
  const frames = framesOf(record);
  for (const f of frames) {
    if (typeof f.url === 'string' && !isLibraryUrl(f.url)) {
      const site = siteOf(f, true);
      if (site !== null) return site;
    }
  }
  for (const f of frames) {
    const site = siteOf(f, false);
    if (site !== null) return site;
  }
  const url = record['url'];
  if (typeof url === 'string' && typeof record['lineNumber'] === 'number') {
    return siteOf(record, !isLibraryUrl(url));
  }
  return null;
}

/** `file:line` as the Network panel shows it: the document itself reads `(index)`. */
export function callSiteLabel(site: Pick<CallSite, 'url' | 'line'>): string {
  let file = site.url;
  try {
    const path = new URL(site.url).pathname;
    file = path.slice(path.lastIndexOf('/') + 1) || '(index)';
  } catch {
    file = site.url.slice(site.url.lastIndexOf('/') + 1) || site.url;
  }
  return `${file}:${site.line}`;
}
