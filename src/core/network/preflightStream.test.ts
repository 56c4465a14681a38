import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { PAGE, preflightAt, put, T, URL_ } from '../../../test/helpers/preflightExchanges';
import type { Exchange } from '../types';
import { EARLY_MS, PAIR_WINDOW_MS } from './preflight';
import { PreflightStream } from './preflightStream';

const ALLOWED = { 'Access-Control-Allow-Origin': PAGE, 'Access-Control-Allow-Methods': 'PUT' };

const options = (at: number, allow: Record<string, string> = {}): Exchange =>
  preflightAt(at, { allow, method: 'put' });

describe('PreflightStream folds preflights as entries arrive', () => {
  it('folds a preflight into the request after it, once', () => {
    const s = new PreflightStream();
    expect(s.add(0, options(0))).toEqual({ kind: 'preflight', explains: null });
    const step = s.add(1, put(200));
    expect(step.kind).toBe('request');
    if (step.kind !== 'request') return;
    expect(step.exchange.preflight?.status).toBe(204);
    expect(s.foldedInto.get(0)).toBe(1);
    // A second request does not take the same preflight.
    const again = s.add(2, put(300));
    expect(again).toEqual({ kind: 'request', exchange: put(300) });
    expect(s.finish()).toEqual([]);
  });

  it('pairs a request up to EARLY_MS before its preflight, and within PAIR_WINDOW_MS after', () => {
    const early = new PreflightStream();
    early.add(0, options(EARLY_MS));
    expect(early.add(1, put(0)).kind === 'request' && early.foldedInto.get(0)).toBe(1);
    const tooEarly = new PreflightStream();
    tooEarly.add(0, options(EARLY_MS + 1));
    tooEarly.add(1, put(0));
    expect(tooEarly.foldedInto.has(0)).toBe(false);
    const late = new PreflightStream();
    late.add(0, options(0));
    late.add(1, put(PAIR_WINDOW_MS));
    expect(late.foldedInto.get(0)).toBe(1);
    const tooLate = new PreflightStream();
    tooLate.add(0, options(0));
    tooLate.add(1, put(PAIR_WINDOW_MS + 1));
    expect(tooLate.foldedInto.has(0)).toBe(false);
  });

  it('hands back a failed request recorded just before its preflight, as Firefox orders them', () => {
    const s = new PreflightStream();
    expect(s.add(0, put(0))).toEqual({ kind: 'request', exchange: put(0) });
    const step = s.add(1, options(EARLY_MS));
    expect(step).toEqual({
      kind: 'preflight',
      explains: {
        index: 0,
        exchange: { ...put(0), preflight: expect.objectContaining({ status: 204 }) },
      },
    });
    expect(s.foldedInto.get(1)).toBe(0);
    // Claimed: a second preflight explains nothing.
    expect(s.add(2, options(EARLY_MS))).toEqual({ kind: 'preflight', explains: null });
  });

  it('keeps only failed requests to explain, and only within EARLY_MS', () => {
    const ok = new PreflightStream();
    ok.add(0, put(0, { status: 200, error: null }));
    expect(ok.add(1, options(10))).toEqual({ kind: 'preflight', explains: null });
    const far = new PreflightStream();
    far.add(0, put(0));
    expect(far.add(1, options(EARLY_MS + 1))).toEqual({ kind: 'preflight', explains: null });
    const before = new PreflightStream();
    before.add(0, put(EARLY_MS));
    expect(before.add(1, options(0)).kind === 'preflight').toBe(true);
    expect(before.foldedInto.get(1)).toBe(0);
  });

  it('at the end, a failed preflight stands in for its request, and a passed one is folded away', () => {
    const s = new PreflightStream();
    s.add(3, options(0, ALLOWED));
    s.add(1, options(0));
    s.add(0, { ...options(0), url: `${URL_}/2` });
    const out = s.finish();
    expect(out.map((o) => o.index)).toEqual([0, 1]);
    expect(out[1]?.exchange).toMatchObject({ method: 'PUT', status: 0, url: URL_ });
    expect(s.foldedInto.get(3)).toBe(-1);
    expect(s.foldedInto.has(1)).toBe(false);
  });

  it('forgets failed requests older than the pairing window, so memory stays bounded', () => {
    const s = new PreflightStream();
    s.add(0, put(0));
    const later = T + 2 * (PAIR_WINDOW_MS + EARLY_MS);
    for (let i = 1; i < 1024; i++)
      s.add(i, exchange({ url: `https://other.example/${i}`, status: 200, startedAt: later }));
    // Had it been kept, this preflight (out of order, as a HAR may be) would explain it.
    expect(s.add(1024, options(10))).toEqual({ kind: 'preflight', explains: null });
    const kept = new PreflightStream();
    kept.add(0, put(0));
    for (let i = 1; i < 1024; i++)
      kept.add(i, exchange({ url: `https://other.example/${i}`, status: 200, startedAt: T }));
    expect(kept.add(1024, options(10)).kind === 'preflight' && kept.foldedInto.get(1024)).toBe(0);
  });

  it('keeps unclaimed preflights through a prune, for the end', () => {
    const s = new PreflightStream();
    s.add(0, options(0));
    s.add(1, put(100));
    s.add(2, options(0));
    for (let i = 3; i < 1030; i++)
      s.add(
        i,
        exchange({
          url: `https://other.example/${i}`,
          status: 200,
          startedAt: T + 10 * PAIR_WINDOW_MS,
        }),
      );
    expect(s.finish().map((o) => o.index)).toEqual([2]);
    expect(s.foldedInto.get(0)).toBe(1);
  });
});
