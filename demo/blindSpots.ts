// Requests DevTools' extension API does not explain on its own, for the demo page's
// "Blind spots" buttons and the end-to-end tests: a closed port, CORS refusals (simple and
// preflighted) and an error envelope sent without Content-Type.
import { createServer } from 'node:net';
import type { Reply } from './envelopes';

export const BLIND_PREFIX = '/api/blind/';

/** A reply sent as is: without the demo's CORS headers when `noCors` is set. */
export type BlindReply = Reply & { readonly noCors?: true };

/** A port that was free a moment ago and is closed now: connecting to it is refused. */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const envelope = JSON.stringify({
  ok: false,
  error: { code: 'invalid_request', message: 'Sent without Content-Type', details: null },
});

/** The blind-spot routes; `null` for any other path. */
export function blindReply(method: string, path: string, port: number): BlindReply | null {
  if (!path.startsWith(BLIND_PREFIX)) return null;
  switch (path.slice(BLIND_PREFIX.length)) {
    case 'slow':
      // Answered after a delay (see server.ts): errors still pending when the page navigates.
      return {
        status: 503,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify({
          ok: false,
          error: { code: 'provider_error', message: 'Slow provider', details: null },
        }),
      };
    case 'closed-port':
      return {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ port }),
      };
    case 'cors':
      // A server that knows nothing of CORS: no Access-Control-* header, preflight included.
      return method === 'OPTIONS'
        ? { status: 204, headers: {}, body: '', noCors: true }
        : {
            status: 200,
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
            body: '{"ok":true}',
            noCors: true,
          };
    case 'no-content-type':
      // HTTP 200 and an ok:false envelope, with no Content-Type header at all.
      return { status: 200, headers: {}, body: envelope };
    default:
      return null;
  }
}
