import {
  EARLY_MS,
  guardedMethod,
  guardedStandIn,
  preflightFailed,
  preflightOf,
} from '../core/network/preflight';
import type { PreflightExchange } from '../core/types';
import type { FinishedEntry } from '../platform/seam';
import { exchangeOf, startedAtOf, type FailureFacts } from './entryExchange';

/** Preflights are kept this long for the request they guarded, and at most this many. */
const KEEP_MS = 120_000;
const MAX_PREFLIGHTS = 500;

interface Kept {
  readonly entry: FinishedEntry;
  readonly facts: PreflightExchange;
  readonly startedAt: number;
  claimed: boolean;
}

export interface FailureHold {
  /** A CORS preflight: no row of its own, kept for the request it guarded. */
  preflight(entry: FinishedEntry): void;
  /** A failure below HTTP, released with its facts once the grace is over. */
  failure(entry: FinishedEntry, release: (facts: FailureFacts) => void): void;
  stop(): void;
}

export interface FailureHoldOptions {
  /** How long a failure waits for its preflight and for the listener's error name. */
  readonly graceMs: number;
  /** The error name the webRequest listener saw for this request, if it is on. */
  readonly errorNameOf: (entry: FinishedEntry) => string | null;
  /**
   * A failed preflight whose request never came: Firefox sends the OPTIONS alone. The entry
   * given stands in for the request (its method, no status), with the preflight's facts.
   */
  readonly standIn: (entry: FinishedEntry, facts: FailureFacts) => void;
}

const keyOf = (method: string, url: string) => `${method} ${url}`;

function standInEntry(entry: FinishedEntry, method: string): FinishedEntry {
  return {
    ...entry,
    request: { ...entry.request, method },
    response: { ...entry.response, status: 0, headers: [], _error: null },
  };
}

/**
 * Failures below HTTP wait a moment before they become rows: events arrive in no fixed order,
 * so the preflight that explains a CORS refusal and the error name the opt-in listener saw
 * may come just after the failure itself.
 */
export function failureHold(options: FailureHoldOptions): FailureHold {
  const kept = new Map<string, Kept[]>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let total = 0;
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const prune = (now: number) => {
    for (const [key, list] of kept) {
      const fresh = list.filter((k) => now - k.startedAt <= KEEP_MS && !k.claimed);
      total -= list.length - fresh.length;
      if (fresh.length === 0) kept.delete(key);
      else kept.set(key, fresh);
    }
  };
  const claim = (entry: FinishedEntry): PreflightExchange | null => {
    const startedAt = startedAtOf(entry);
    const list = kept.get(keyOf(entry.request.method.toUpperCase(), entry.request.url)) ?? [];
    // The latest preflight that started before the request (give or take Firefox's order).
    let best: Kept | undefined;
    for (const k of list) {
      if (k.claimed || k.startedAt > startedAt + EARLY_MS) continue;
      if (best === undefined || k.startedAt > best.startedAt) best = k;
    }
    if (best === undefined) return null;
    best.claimed = true;
    return best.facts;
  };
  return {
    preflight(entry) {
      const exchange = exchangeOf(entry, null);
      const k: Kept = {
        entry,
        facts: preflightOf(exchange),
        startedAt: exchange.startedAt,
        claimed: false,
      };
      if (total >= MAX_PREFLIGHTS) prune(Date.now());
      const key = keyOf(guardedMethod(exchange), exchange.url);
      kept.set(key, [...(kept.get(key) ?? []), k]);
      total++;
      // Twice the grace: a request that failed with it claims it first.
      later(2 * options.graceMs, () => {
        if (k.claimed) return;
        k.claimed = true;
        if (!preflightFailed(exchange)) return;
        const standIn = guardedStandIn(exchange);
        options.standIn(standInEntry(entry, standIn.method), {
          preflight: k.facts,
          error: options.errorNameOf(standInEntry(entry, standIn.method)),
        });
      });
    },
    failure(entry, release) {
      later(options.graceMs, () =>
        release({ preflight: claim(entry), error: options.errorNameOf(entry) }),
      );
    },
    stop() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      kept.clear();
    },
  };
}
