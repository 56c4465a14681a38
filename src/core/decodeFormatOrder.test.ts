import { describe, expect, it, vi } from 'vitest';
import { exchange, headers } from '../../test/helpers/exchange';
import { decode } from './decode';
import type { ErrorFormat } from './formats/format';
import { compilePack } from './pack/compile';
import { createPackSet } from './pack/packSet';
import type { ErrorPack } from './pack/packTypes';

describe('the most specific format wins', () => {
  it('jsonrpc beats numeric-code on {error:{code:number}} with jsonrpc:"2.0"', () => {
    const body = { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 };
    expect(decode(exchange({ status: 400, json: body }))?.format).toBe('jsonrpc');
  });

  it('ok-flag and success-flag beat state-meta and numeric-code', () => {
    const okBody = {
      ok: false,
      state: 1,
      meta: {},
      message: 'x',
      error: { code: 'provider_error' },
    };
    expect(decode(exchange({ status: 502, json: okBody }))?.format).toBe('ok-flag');
    const sBody = { success: false, state: 1, meta: { request_id: 'r' }, error: { code: 3001 } };
    expect(decode(exchange({ status: 403, json: sBody }))?.format).toBe('success-flag');
  });

  it('state-meta beats numeric-code when its markers are present', () => {
    const body = { state: 1, message: 'x', result: null, error: { code: 1001 }, meta: {} };
    expect(decode(exchange({ status: 400, json: body }))?.format).toBe('state-meta');
    expect(
      decode(exchange({ status: 400, json: { error: { code: 1001, message: 'x' } } }))?.format,
    ).toBe('numeric-code');
  });

  it("a pinned host's error without an envelope keeps the pinned format's status rules", () => {
    const page = (method: string) =>
      exchange({
        status: 503,
        method,
        mimeType: 'text/html',
        responseHeaders: headers({ 'Content-Type': 'text/html' }),
        body: '<html><h1>503 Service Unavailable</h1></html>',
      });
    const get = decode(page('GET'), { pin: 'ok-flag' });
    expect(get).toMatchObject({ format: 'http', code: null, known: false });
    expect(get?.title.en).toBe('Upstream or internal error');
    expect(get?.retry).toMatchObject({
      advice: 'wait',
      afterSeconds: 10,
      maxAttempts: 3,
      schedule: { kind: 'range', minSeconds: 10, maxSeconds: 30 },
      documented: true,
    });
    expect(get?.notes.map((n) => n.en)).toEqual([
      'Not recognized: the body is not JSON. Explained by the HTTP status alone.',
      "The host is pinned (ok:false envelope): the documentation's rules for this status apply.",
    ]);
    // The purchase check of the pinned format applies too.
    const post = decode(page('POST'), { pin: 'ok-flag' });
    expect(post?.retry.advice).toBe('check-first');
    expect(post?.retry.warning?.en).toMatch(/^If this was a purchase or renewal/);
    // Without the pin, or for a status the pinned document does not describe: HTTP alone.
    expect(decode(page('GET'))?.retry).toMatchObject({ advice: 'wait', maxAttempts: null });
    const notFound = decode({ ...page('GET'), status: 404 }, { pin: 'ok-flag' });
    expect(notFound?.title.en).toBe('Not found');
    expect(notFound?.notes).toHaveLength(1);
  });

  describe('a host the documentation names as its API (apiHosts)', () => {
    // Seed 000 names https://proxy.killa.cc/api/v1: a gateway's HTML 502 from it is still that
    // API's 5xx, "retry after 10–30 s, 1–3 attempts", with no pin (seed audit).
    const gateway = (url: string) =>
      exchange({
        url,
        status: 502,
        mimeType: 'text/html',
        body: '<html><h1>502 Bad Gateway</h1></html>',
      });

    it("takes that format's status rules there, and says why", () => {
      const d = decode(gateway('https://proxy.killa.cc/api/v1/orders'));
      expect(d).toMatchObject({ format: 'http', code: null });
      expect(d?.retry).toMatchObject({ advice: 'wait', afterSeconds: 10, maxAttempts: 3 });
      expect(d?.notes.map((n) => n.en)).toContain(
        'The ok:false envelope documentation names this host as its API: its rules for this status apply.',
      );
    });

    it('matches the host in any case', () => {
      const d = decode(gateway('https://PROXY.Killa.CC/api/v1/orders'));
      expect(d?.retry).toMatchObject({ advice: 'wait', maxAttempts: 3 });
    });

    it('leaves other hosts to the status alone, and a pin before it', () => {
      expect(decode(gateway('https://api.example.com/x'))?.retry).toMatchObject({
        advice: 'backoff',
        maxAttempts: null,
      });
      const pinned = decode(gateway('https://proxy.killa.cc/x'), { pin: 'success-flag' });
      expect(pinned?.retry).toMatchObject({ advice: 'backoff', schedule: { base: 2 } });
      expect(pinned?.notes.map((n) => n.en).join(' ')).toMatch(/The host is pinned/);
    });

    it("follows a user's pack of the same id, which may name none", () => {
      const own: ErrorPack = {
        id: 'ok-flag',
        name: 'Own',
        version: '1',
        errorOn2xx: false,
        envelope: { match: [{ path: '/ok', equals: false }], code: '/code' },
        statuses: {
          '5xx': { title: 'T', meaning: 'M', action: 'A', retry: { advice: 'no' } },
        },
      };
      const packs = createPackSet([compilePack(own, 'user')]);
      expect(decode(gateway('https://proxy.killa.cc/x'), { packs })?.retry.maxAttempts).toBeNull();
      const named = createPackSet([compilePack({ ...own, apiHosts: ['*.killa.cc'] }, 'user')]);
      expect(decode(gateway('https://proxy.killa.cc/x'), { packs: named })?.retry.advice).toBe(
        'no',
      );
    });
  });

  it('a pinned format is tried first', () => {
    const body = { state: 1, message: 'x', result: null, error: { code: 1001 }, meta: {} };
    expect(decode(exchange({ status: 400, json: body }))?.format).toBe('state-meta');
    expect(decode(exchange({ status: 400, json: body }), { pin: 'numeric-code' })?.format).toBe(
      'numeric-code',
    );
  });
});

describe('formats that cannot decide a 2xx body', () => {
  const pack: ErrorPack = {
    id: 'bare',
    name: 'Bare',
    version: '1',
    errorOn2xx: false,
    envelope: { match: [{ path: '/error', type: 'object' }], code: '/error/code' },
  };
  const spied = (compiled: ErrorFormat) => {
    const asked = vi.fn(compiled.recognize);
    return { format: { ...compiled, recognize: asked }, asked };
  };
  const body = { json: { error: { code: 'E1' } } };

  it('passes a silent format over under 2xx, and still asks it under 4xx', () => {
    const { format, asked } = spied(compilePack(pack, 'user'));
    expect(format.silentOn2xx).toBe(true);
    const packs = createPackSet([format], []);
    expect(decode(exchange({ status: 200, ...body }), { packs })).toBeNull();
    expect(asked).not.toHaveBeenCalled();
    expect(decode(exchange({ status: 400, ...body }), { packs })?.code).toBe('E1');
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('still asks a format with a success shape under 2xx: that shape ends the search', () => {
    const withSuccess = {
      ...pack,
      envelope: { ...pack.envelope, success: [{ path: '/ok', equals: true }] },
    };
    const success = spied(compilePack({ ...withSuccess, id: 'success' }, 'user'));
    const later = spied(compilePack({ ...pack, id: 'later', errorOn2xx: true }, 'user'));
    const packs = createPackSet([success.format, { ...later.format, specificity: 1 }], []);
    const ok = { json: { ok: true, error: { code: 'E1' } } };
    expect(decode(exchange({ status: 200, ...ok }), { packs })).toBeNull();
    expect(success.asked).toHaveBeenCalledTimes(1);
    expect(later.asked).not.toHaveBeenCalled();
    expect(decode(exchange({ status: 200, ...body }), { packs })?.format).toBe('later');
  });
});
