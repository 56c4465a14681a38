// The code → HTTP status the demo sends, written out independently of endpoints.ts so that
// demo/server.test.ts catches a typo there. Seeds 002 and 004 pair these themselves; for 000
// and 001, whose code tables have no status column, they are the demo's choice.
const byStatus = (table: Record<number, (string | number)[]>) =>
  Object.fromEntries(
    Object.entries(table).flatMap(([status, codes]) => codes.map((c) => [String(c), +status])),
  );

export const DOCUMENTED: Record<string, Record<string, number>> = {
  // insufficient_funds has no documented status; the demo chose 400.
  'ok-flag': byStatus({
    400: ['invalid_request', 'insufficient_funds'],
    401: ['invalid_token'],
    500: ['internal_error'],
    502: ['provider_error'],
  }),
  'state-meta': byStatus({
    401: [
      'authentication_required',
      'invalid_token',
      'signature_required',
      'invalid_signature',
      'signature_replay',
    ],
    403: ['scope_denied', 'ip_not_allowed'],
    409: ['idempotency_conflict'],
    422: ['validation_error'],
    429: ['rate_limit_exceeded', 'quota_exceeded'],
  }),
  'success-flag': byStatus({
    400: ['INVALID_REQUEST'],
    401: ['AUTH_INVALID_KEY', 'AUTH_EXPIRED_TOKEN'],
    402: ['INSUFFICIENT_BALANCE'],
    403: ['AUTH_INSUFFICIENT_PERMISSION', 'ACCOUNT_DISABLED'],
    404: ['SESSION_NOT_FOUND', 'PRODUCT_NOT_FOUND'],
    409: ['PRODUCT_OUT_OF_STOCK', 'IDEMPOTENCY_CONFLICT'],
    410: ['SESSION_EXPIRED'],
    429: ['RATE_LIMIT_EXCEEDED', 'SESSION_LIMIT_REACHED'],
    500: ['INTERNAL_ERROR'],
    502: ['BACKEND_ERROR'],
    504: ['BACKEND_TIMEOUT'],
  }),
  jsonrpc: byStatus({
    200: [-32700, -32600, -32601, -32602, -32603, -32001, -32002, -32003, -32004, -32005, -32006],
  }),
  'numeric-code': byStatus({
    400: [1001, 1002, 1003, 1004, 1005, 1006],
    401: [2001, 2002, 2003, 2004],
    403: [3001],
    404: [4001],
    405: [5001],
    429: [6001],
  }),
};

export const ENVELOPE_FORMATS = Object.keys(DOCUMENTED);
export const CODE_COUNTS = {
  'ok-flag': 5,
  'state-meta': 11,
  'success-flag': 16,
  jsonrpc: 11,
  'numeric-code': 14,
};
