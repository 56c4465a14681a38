import type { Exchange } from '../types';
import { isTransportFailure } from './decodeNetwork';
import {
  EARLY_MS,
  PAIR_WINDOW_MS,
  guardedMethod,
  guardedStandIn,
  isPreflight,
  preflightFailed,
  preflightOf,
} from './preflight';

interface Held {
  readonly index: number;
  readonly exchange: Exchange;
  claimed: boolean;
}

/** What the fold decided for one entry as it arrived. */
export type FoldStep =
  /** A preflight: no row of its own. `explains` names an earlier failed request it guarded. */
  | { readonly kind: 'preflight'; readonly explains: { index: number; exchange: Exchange } | null }
  /** Any other request, with the preflight that guarded it folded in when there was one. */
  | { readonly kind: 'request'; readonly exchange: Exchange };

const keyOf = (method: string, url: string) => `${method} ${url}`;

/**
 * foldPreflights for a stream of entries, which a HAR of a gigabyte must be read as: memory
 * holds the preflights and the failed requests of the last minute, never the file. The
 * request recorded a little before its preflight (Firefox) is handed back when the preflight
 * comes, for the caller to decode again.
 */
export class PreflightStream {
  private readonly preflights = new Map<string, Held[]>();
  private readonly failures = new Map<string, Held[]>();
  /** Index of each preflight folded away → the index of the request it guarded, or -1. */
  readonly foldedInto = new Map<number, number>();
  private latest = Number.NEGATIVE_INFINITY;
  private seen = 0;

  add(index: number, exchange: Exchange): FoldStep {
    this.latest = Math.max(this.latest, exchange.startedAt);
    if (++this.seen % 1024 === 0) this.prune();
    if (isPreflight(exchange.method, exchange.requestHeaders)) {
      const key = keyOf(guardedMethod(exchange), exchange.url);
      const earlier = this.failures
        .get(key)
        ?.find(
          (f) => !f.claimed && Math.abs(f.exchange.startedAt - exchange.startedAt) <= EARLY_MS,
        );
      if (earlier !== undefined) {
        earlier.claimed = true;
        this.foldedInto.set(index, earlier.index);
        const explained = { ...earlier.exchange, preflight: preflightOf(exchange) };
        return { kind: 'preflight', explains: { index: earlier.index, exchange: explained } };
      }
      push(this.preflights, key, { index, exchange, claimed: false });
      return { kind: 'preflight', explains: null };
    }
    const key = keyOf(exchange.method, exchange.url);
    const pre = this.preflights
      .get(key)
      ?.find(
        (p) =>
          !p.claimed &&
          exchange.startedAt >= p.exchange.startedAt - EARLY_MS &&
          exchange.startedAt - p.exchange.startedAt <= PAIR_WINDOW_MS,
      );
    if (pre !== undefined) {
      pre.claimed = true;
      this.foldedInto.set(pre.index, index);
      return { kind: 'request', exchange: { ...exchange, preflight: preflightOf(pre.exchange) } };
    }
    if (isTransportFailure(exchange.status, exchange.error)) {
      push(this.failures, key, { index, exchange, claimed: false });
    }
    return { kind: 'request', exchange };
  }

  /** At the end: each failed preflight nothing claimed stands in for the request it blocked. */
  finish(): { index: number; exchange: Exchange }[] {
    const out: { index: number; exchange: Exchange }[] = [];
    for (const list of this.preflights.values()) {
      for (const p of list) {
        if (p.claimed) continue;
        if (preflightFailed(p.exchange))
          out.push({ index: p.index, exchange: guardedStandIn(p.exchange) });
        else this.foldedInto.set(p.index, -1);
      }
    }
    return out.sort((a, b) => a.index - b.index);
  }

  /** Drops what is too old to pair any more, so memory stays bounded on any HAR. */
  private prune(): void {
    const before = this.latest - PAIR_WINDOW_MS - EARLY_MS;
    for (const [key, list] of this.failures) {
      const kept = list.filter((f) => !f.claimed && f.exchange.startedAt >= before);
      if (kept.length === 0) this.failures.delete(key);
      else this.failures.set(key, kept);
    }
    // Old preflights stay until finish() only if they may still stand in for a request.
    for (const [key, list] of this.preflights) {
      const kept = list.filter((p) => !p.claimed);
      if (kept.length === 0) this.preflights.delete(key);
      else this.preflights.set(key, kept);
    }
  }
}

function push(map: Map<string, Held[]>, key: string, held: Held): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [held]);
  else list.push(held);
}
