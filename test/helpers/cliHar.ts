/** HAR text for the CLI's decode tests: entries from a few fields each. */

export interface Entry {
  url: string;
  status: number;
  body: string;
  method?: string;
  mimeType?: string;
  resourceType?: string;
  headers?: Record<string, string>;
  /** Seconds after 10:00:00. */
  at?: number;
}

export function har(entries: Entry[]): string {
  return JSON.stringify({
    log: {
      entries: entries.map((e) => ({
        startedDateTime: new Date(Date.parse('2026-06-23T10:00:00.000Z') + (e.at ?? 0) * 1000),
        time: 100,
        ...(e.resourceType === undefined ? {} : { _resourceType: e.resourceType }),
        request: { method: e.method ?? 'GET', url: e.url, headers: [] },
        response: {
          status: e.status,
          headers: Object.entries(e.headers ?? {}).map(([name, value]) => ({ name, value })),
          content: { mimeType: e.mimeType ?? 'application/json', text: e.body },
        },
      })),
    },
  });
}

/** A JSON-RPC batch: two errors and a success. */
export const batch = JSON.stringify([
  { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 },
  { jsonrpc: '2.0', error: { code: -32602, message: 'Invalid params' }, id: 2 },
  { jsonrpc: '2.0', result: 1, id: 3 },
]);

/** A success, a JSON-RPC batch under 200 and an empty 404. */
export const sampleHar = har([
  { url: 'https://a.example.com/ok', status: 200, body: '{"ok":true,"data":{}}' },
  { url: 'https://a.example.com/rpc', status: 200, body: batch, method: 'post' },
  { url: 'http://127.0.0.1:8080/x', status: 404, body: '' },
]);
