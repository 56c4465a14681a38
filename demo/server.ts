// A dependency-free demo API that answers with every documented error format, so the
// extension (and its tests) have real traffic to decode. Run: npx tsx demo/server.ts
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { blindReply, closedPort, type BlindReply } from './blindSpots';
import { bulkReply, ENDPOINTS } from './endpoints';
import { json, type Context, type Reply } from './envelopes';

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

// Tests fetch from other origins (127.0.0.1 vs localhost); nothing may be cached between runs.
const COMMON_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers':
    'Retry-After, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Location, Allow',
  'Access-Control-Max-Age': '600',
  'Cache-Control': 'no-store',
};

const byPath = new Map(ENDPOINTS.filter((e) => e.kind !== 'bulk').map((e) => [e.path, e]));

// What /api/index.json lists: everything but the reply functions.
const INDEX = ENDPOINTS.map(({ format, code, status, path, method, kind }) => ({
  format,
  code,
  status,
  path,
  method,
  kind,
}));

let pagePromise: Promise<string> | undefined;
const page = () => (pagePromise ??= readFile(new URL('./page.html', import.meta.url), 'utf8'));

let requestCounter = 0;
function context(): Context {
  const now = Date.now();
  const requestId = `req_${now.toString(36)}${(++requestCounter).toString(36).padStart(4, '0')}`;
  return { requestId, now };
}

function acmeQuota(ctx: Context): Reply {
  return json(429, {
    fault: { reason: 'QUOTA_EXHAUSTED', text: 'Plan limit of 500 invoices reached' },
    trace: ctx.requestId,
  });
}

async function route(req: IncomingMessage): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const ctx = context();
  if (url.pathname === '/' || url.pathname === '/index.html') {
    return {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: await page(),
    };
  }
  if (url.pathname === '/api/index.json') return json(200, INDEX);
  // Browsers ask for it on every page; a 404 here would be noise in the demo.
  if (url.pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
  if (url.pathname === '/api/bulk') return bulkReply(Number(url.searchParams.get('i')) || 0, ctx);
  // An envelope no built-in pack knows: demo/packs/acme-billing.json teaches it (README, Packs).
  if (url.pathname === '/api/acme/quota') return acmeQuota(ctx);
  const endpoint = byPath.get(url.pathname);
  if (endpoint) return endpoint.reply(ctx);
  return {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Not found',
  };
}

function send(res: ServerResponse, reply: BlindReply): void {
  const length = String(Buffer.byteLength(reply.body));
  const common = reply.noCors ? { 'Cache-Control': 'no-store' } : COMMON_HEADERS;
  res.writeHead(reply.status, { ...common, 'Content-Length': length, ...reply.headers });
  res.end(reply.body);
}

async function handle(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
  req.resume(); // POST bodies are ignored, but must be drained to keep the connection usable
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const blind = blindReply(req.method ?? 'GET', url.pathname, port);
  if (blind !== null) {
    const delay = Math.min(5000, Number(url.searchParams.get('ms')) || 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    return send(res, blind);
  }
  if (req.method === 'OPTIONS') return send(res, { status: 204, headers: {}, body: '' });
  try {
    send(res, await route(req));
  } catch (error) {
    send(res, { status: 500, headers: { 'Content-Type': 'text/plain' }, body: String(error) });
  }
}

export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}): Promise<DemoServer> {
  const refused = await closedPort();
  const server = createServer((req, res) => void handle(req, res, refused));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
          }),
      });
    });
  });
}

const argv1 = process.argv[1];
if (argv1 !== undefined && import.meta.url === pathToFileURL(argv1).href) {
  const demo = await startDemoServer({ port: Number(process.env.PORT) || 5174 });
  console.log(`Demo API server: ${demo.url}/  (endpoint list: ${demo.url}/api/index.json)`);
  const stop = () => void demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
