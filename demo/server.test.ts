import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_COUNTS, DOCUMENTED, ENVELOPE_FORMATS } from './seed-statuses';
import { startDemoServer, type DemoServer } from './server';

interface Entry {
  format: string;
  code: string | number | null;
  status: number;
  path: string;
  method: string;
  kind: 'error' | 'success' | 'hostile' | 'bulk';
}

interface Fetched {
  entry: Entry;
  response: Response;
  text: string;
}

let server: DemoServer;
let index: Entry[];
let fetched: Fetched[];

function request(entry: Entry): Promise<Response> {
  const post = entry.method === 'POST' || entry.method === 'PUT';
  return fetch(server.url + entry.path, {
    method: entry.method,
    ...(post ? { body: '{"demo":true}', headers: { 'Content-Type': 'application/json' } } : {}),
  });
}

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  index = (await (await fetch(`${server.url}/api/index.json`)).json()) as Entry[];
  fetched = await Promise.all(
    index.map(async (entry) => {
      const response = await request(entry);
      return { entry, response, text: await response.text() };
    }),
  );
});

afterAll(() => server.close());

const byFormat = (format: string) => fetched.filter((f) => f.entry.format === format);
const find = (format: string, code: string | number) => {
  const hit = fetched.find((f) => f.entry.format === format && f.entry.code === code);
  if (!hit) throw new Error(`no ${format} endpoint for ${code}`);
  return hit;
};

describe('demo server index', () => {
  it('lists unique paths, and every listed endpoint answers with its listed status', () => {
    expect(new Set(index.map((e) => e.path)).size).toBe(index.length);
    for (const { entry, response } of fetched) {
      expect({ path: entry.path, status: response.status }).toEqual({
        path: entry.path,
        status: entry.status,
      });
    }
  });

  it.each(ENVELOPE_FORMATS)(
    '%s: covers every documented code at its documented status',
    (format) => {
      const documented = DOCUMENTED[format] ?? {};
      expect(Object.keys(documented)).toHaveLength(CODE_COUNTS[format as keyof typeof CODE_COUNTS]);
      for (const [code, status] of Object.entries(documented)) {
        const hit = fetched.find(
          (f) =>
            f.entry.format === format && f.entry.kind === 'error' && String(f.entry.code) === code,
        );
        expect(hit?.response.status, `${format} ${code}`).toBe(status);
      }
    },
  );

  it('sends CORS, no-store, and answers preflight', async () => {
    for (const { response } of fetched) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const preflight = await fetch(`${server.url}/api/ok-flag/provider_error`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('envelopes', () => {
  const json = (f: Fetched) => JSON.parse(f.text) as Record<string, unknown>;

  it('ok-flag: {ok:false,error:{code,message,details}} or {ok:true,data}', () => {
    for (const f of byFormat('ok-flag')) {
      const body = json(f);
      if (f.entry.kind === 'success') expect(body).toEqual({ ok: true, data: expect.any(Object) });
      else
        expect(body).toEqual({
          ok: false,
          error: { code: f.entry.code, message: expect.any(String), details: null },
        });
    }
    expect(find('ok-flag', 'insufficient_funds').entry.method).toBe('POST');
    expect(
      fetched.some(
        (f) => f.entry.path === '/api/ok-flag/ok-false-200' && f.response.status === 200,
      ),
    ).toBe(true);
  });

  it('state-meta: full envelope, X-Request-Id equals meta.request_id', () => {
    for (const f of byFormat('state-meta')) {
      const body = json(f);
      expect(body).toMatchObject({ state: 1, message: expect.any(String), result: null });
      expect(Object.keys(body.error as object).sort()).toEqual(['code', 'details']);
      expect(body.error).toMatchObject({ code: f.entry.code });
      const meta = body.meta as { request_id: string; timestamp: string };
      expect(meta.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
      expect(f.response.headers.get('x-request-id')).toBe(meta.request_id);
    }
    expect(json(find('state-meta', 'validation_error')).error).toEqual({
      code: 'validation_error',
      details: { amount: ['The amount field is required.'] },
    });
    expect(find('state-meta', 'rate_limit_exceeded').response.headers.get('retry-after')).toMatch(
      /^\d+$/,
    );
  });

  it('success-flag: envelope, X-RateLimit-* everywhere, Retry-After on 429', () => {
    const nowSeconds = Date.now() / 1000;
    for (const f of byFormat('success-flag')) {
      const body = json(f);
      const ok = f.entry.kind === 'success';
      expect(body).toMatchObject({
        success: ok,
        meta: { request_id: expect.stringMatching(/^req_/) },
      });
      if (!ok) {
        expect(body).toMatchObject({
          data: null,
          error: { code: f.entry.code, message: expect.any(String) },
        });
        expect(body.error).toHaveProperty('details');
      }
      const h = f.response.headers;
      expect(h.get('x-ratelimit-limit')).toMatch(/^\d+$/);
      expect(h.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
      const reset = Number(h.get('x-ratelimit-reset'));
      expect(reset).toBeGreaterThan(nowSeconds + 30);
      expect(reset).toBeLessThan(nowSeconds + 120);
      if (f.response.status === 429) expect(h.get('retry-after')).toMatch(/^\d+$/);
    }
  });

  it('jsonrpc: HTTP 200, spec envelopes, batch and seed data examples', () => {
    for (const f of byFormat('jsonrpc')) {
      const body = json(f) as unknown;
      const items = Array.isArray(body) ? body : [body];
      for (const item of items) {
        expect(item).toMatchObject({ jsonrpc: '2.0' });
        expect(item).toHaveProperty('id');
        const rpc = item as { error?: unknown; result?: unknown };
        if (rpc.error !== undefined)
          expect(rpc.error).toMatchObject({
            code: expect.any(Number),
            message: expect.any(String),
            data: expect.anything(),
          });
        else expect(rpc).toHaveProperty('result');
      }
    }
    const batch = fetched.find((f) => f.entry.path === '/api/jsonrpc/batch');
    expect(JSON.parse(batch?.text ?? 'null')).toHaveLength(3);
    expect(json(find('jsonrpc', -32001))).toMatchObject({
      error: { data: { errors: expect.any(Array) } },
    });
    expect(json(find('jsonrpc', -32006))).toMatchObject({
      error: {
        data: { command: 'hello_world', reason: expect.any(String), details: expect.any(String) },
      },
    });
    expect(find('jsonrpc', -32005).response.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('numeric-code: {error:{code,message}}, Allow on 405, Retry-After on 6001, Location on 201', () => {
    for (const f of byFormat('numeric-code').filter((x) => x.entry.kind === 'error')) {
      expect(json(f)).toEqual({ error: { code: f.entry.code, message: expect.any(String) } });
    }
    expect(find('numeric-code', 5001).response.headers.get('allow')).toBe('GET, PUT');
    expect(find('numeric-code', 6001).response.headers.get('retry-after')).toMatch(/^\d+$/);
    const created = fetched.find((f) => f.entry.status === 201);
    expect(created?.response.headers.get('location')).toMatch(/^\/api\//);
    expect(fetched.find((f) => f.entry.status === 204)?.text).toBe('');
  });
});

describe('hostile bodies', () => {
  const hostile = (slug: string) => {
    const hit = fetched.find((f) => f.entry.path === `/api/hostile/${slug}`);
    if (!hit) throw new Error(slug);
    return hit;
  };

  it('serves the script-bearing HTML page, truncated JSON, empty 503 and text/plain', () => {
    const html = hostile('html-500');
    expect(html.response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.text).toContain('<script>window.__pwned=1</script>');
    expect(html.text).toContain('onerror="window.__pwned=2"');
    expect(() => JSON.parse(hostile('truncated-json').text)).toThrow();
    expect(hostile('empty-503').text).toBe('');
    expect(hostile('text-plain').response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('serves a JSON error just under 256 KB, and one nested 5,000 levels deep', () => {
    const large = hostile('large-json').text;
    expect(large.length).toBeGreaterThan(250 * 1024);
    expect(large.length).toBeLessThanOrEqual(256 * 1024);
    expect(JSON.parse(large)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(hostile('deep-json').text).toMatch(/^\[{5000}"the bottom"\]{5000}$/);
  });

  it('prefixes the JSON error with a UTF-8 BOM on the wire', async () => {
    const bytes = new Uint8Array(
      await (await fetch(`${server.url}/api/hostile/bom-json`)).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = JSON.parse(new TextDecoder().decode(bytes.slice(3))) as unknown;
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('extras', () => {
  it('GET /api/success and /api/bulk?i=N alternate 429/502', async () => {
    expect(await (await fetch(`${server.url}/api/success`)).json()).toEqual({
      ok: true,
      data: { hello: 'world' },
    });
    const statuses = await Promise.all(
      [10, 11, 12, 13].map(async (i) => {
        const r = await fetch(`${server.url}/api/bulk?i=${i}`);
        await r.text();
        return r.status;
      }),
    );
    expect(statuses).toEqual([429, 502, 429, 502]);
  });

  it('serves the demo page with its buttons and window.demo', async () => {
    const r = await fetch(`${server.url}/`);
    const html = await r.text();
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    for (const format of [...ENVELOPE_FORMATS]) expect(html).toContain(`Fire ${format} errors`);
    expect(html).toContain('Fire all');
    expect(html).toContain('Storm');
    expect(html).toContain('window.demo');
  });
});

describe('blind-spot routes', () => {
  it('names a closed port: connecting to it is refused', async () => {
    const { port } = (await (await fetch(`${server.url}/api/blind/closed-port`)).json()) as {
      port: number;
    };
    expect(port).toBeGreaterThan(0);
    const error = await fetch(`http://127.0.0.1:${port}/`).then(
      () => null,
      (e: Error) => e,
    );
    expect((error?.cause as { code?: string } | undefined)?.code).toBe('ECONNREFUSED');
  });

  it('answers CORS routes, preflight included, without any Access-Control header', async () => {
    for (const method of ['GET', 'OPTIONS']) {
      const r = await fetch(`${server.url}/api/blind/cors`, { method });
      expect([...r.headers.keys()].filter((h) => h.startsWith('access-control'))).toEqual([]);
    }
  });

  it('sends an ok:false envelope under 200 with no Content-Type at all', async () => {
    const r = await fetch(`${server.url}/api/blind/no-content-type`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBeNull();
    expect(JSON.parse(await r.text())).toMatchObject({ ok: false });
  });
});
