// Every documented error of every format (seeds 000–004), at its documented HTTP status where
// the seed pairs one (002, 004) and at a plausible one where it does not (000 and 001 have no
// status column in their code tables), plus successes and hostile bodies the decoder must survive.
import {
  gqlError,
  graphql,
  json,
  jsonrpc,
  jsonrpcRaw,
  numeric,
  okFlag,
  okFlagSuccess,
  problem,
  raw,
  rpcError,
  stateMeta,
  successFlag,
  successFlagReply,
  successFlagSuccess,
  type Context,
  type Endpoint,
  type Reply,
} from './envelopes';
import { GOOGLE_ENDPOINTS } from './googleEnvelopes';
import { EVERYDAY_ENDPOINTS } from './everydayEnvelopes';

// Seed 000 (ok-flag). Its code table gives no status for insufficient_funds; its status table
// knows only 400, 401 and 5xx, so we chose 400 (a client-side problem, not to be retried).
// Purchases are POSTs, so insufficient_funds and provider_error are listed as POST.
const okFlagEndpoints: Endpoint[] = [
  okFlag('invalid_token', 401, 'Invalid token'),
  okFlag('invalid_request', 400, 'Bad request'),
  okFlag('insufficient_funds', 400, 'Insufficient funds', { method: 'POST' }),
  okFlag('provider_error', 502, 'Provider error', { method: 'POST' }),
  okFlag('internal_error', 500, 'Internal error'),
  // The seed's plain 5xx rows: other 5xx statuses carrying the same envelope.
  okFlag('provider_error', 503, 'Provider unavailable', { slug: 'status-503' }),
  okFlag('internal_error', 504, 'Upstream timeout', { slug: 'status-504' }),
  // "Always check ok": an ok:false under HTTP 200 is still an error.
  okFlag('insufficient_funds', 200, 'Insufficient funds', { slug: 'ok-false-200', method: 'POST' }),
  okFlagSuccess('success', {}),
  okFlagSuccess('hello', { hello: 'world' }, '/api/success'),
];

const stateMetaEndpoints: Endpoint[] = [
  stateMeta('authentication_required', 401, 'Authentication required'),
  stateMeta('invalid_token', 401, 'Invalid token'),
  stateMeta('signature_required', 401, 'Signature required'),
  stateMeta('invalid_signature', 401, 'Invalid signature'),
  stateMeta('signature_replay', 401, 'Nonce already used'),
  stateMeta('scope_denied', 403, 'Scope denied'),
  stateMeta('ip_not_allowed', 403, 'IP not allowed'),
  stateMeta('validation_error', 422, 'Validation failed', {
    amount: ['The amount field is required.'],
  }),
  stateMeta('idempotency_conflict', 409, 'Idempotency key reused for another request'),
  stateMeta('rate_limit_exceeded', 429, 'Rate limit exceeded', null, {
    headers: { 'Retry-After': '30' },
  }),
  // No Retry-After: a daily/monthly quota is not cured by waiting seconds.
  stateMeta('quota_exceeded', 429, 'Quota exceeded'),
];

const successFlagEndpoints: Endpoint[] = [
  successFlag('AUTH_INVALID_KEY', 401, 'Invalid API Key'),
  successFlag('AUTH_EXPIRED_TOKEN', 401, 'JWT expired'),
  successFlag('AUTH_INSUFFICIENT_PERMISSION', 403, 'Permission denied'),
  successFlag('RATE_LIMIT_EXCEEDED', 429, 'Too many requests'),
  successFlag('ACCOUNT_DISABLED', 403, 'Account disabled'),
  successFlag(
    'INSUFFICIENT_BALANCE',
    402,
    'Insufficient balance. Current balance: 50.00; required: 100.00',
    { current_balance: 50.0, required_amount: 100.0 },
  ),
  successFlag('SESSION_NOT_FOUND', 404, 'Session missing'),
  successFlag('SESSION_EXPIRED', 410, 'Session expired'),
  successFlag('SESSION_LIMIT_REACHED', 429, 'Session limit'),
  successFlag('PRODUCT_NOT_FOUND', 404, 'Product invalid'),
  successFlag('PRODUCT_OUT_OF_STOCK', 409, 'Out of stock'),
  successFlag('INVALID_REQUEST', 400, 'Bad parameters'),
  successFlag('IDEMPOTENCY_CONFLICT', 409, 'Duplicate idempotency key'),
  successFlag('BACKEND_ERROR', 502, 'Backend failure'),
  successFlag('BACKEND_TIMEOUT', 504, 'Backend timeout'),
  successFlag('INTERNAL_ERROR', 500, 'Internal error'),
  successFlagSuccess(),
];

const details = (text: string) => ({ details: text });

// Per JSON-RPC 2.0, parse errors and invalid requests answer with id null.
const jsonrpcEndpoints: Endpoint[] = [
  jsonrpc(-32700, 'Parse error', details('Unexpected end of JSON input'), { id: null }),
  jsonrpc(-32600, 'Invalid request', details('Missing "method" member'), { id: null }),
  jsonrpc(-32601, 'Method not found', details('Method "hello_wrld" does not exist')),
  jsonrpc(-32602, 'Invalid params', details('"name" must be a string')),
  jsonrpc(-32603, 'Internal error', details('Additional error information')),
  jsonrpc(-32001, 'Validation error', {
    errors: [
      { field: 'name', message: 'Это поле обязательно' },
      { field: 'age', message: 'Должно быть положительное целое число' },
    ],
  }),
  jsonrpc(-32002, 'Authorization error', details('Missing or invalid credentials')),
  jsonrpc(-32003, 'Resource not found', details('Order 42 not found')),
  jsonrpc(-32004, 'Resource conflict', details('Order 42 is already closed')),
  jsonrpc(-32005, 'Rate limit exceeded', details('Too many requests'), {
    headers: { 'Retry-After': '15' },
  }),
  jsonrpc(-32006, 'Command execution error', {
    command: 'hello_world',
    reason: 'Недопустимый параметр name',
    details: 'Имя должно быть строкой',
  }),
  jsonrpcRaw('batch', 'error', [
    { jsonrpc: '2.0', result: { greeting: 'Hello, world' }, id: 1 },
    rpcError(-32601, 'Method not found', details('Method "nope" does not exist'), 2),
    rpcError(-32602, 'Invalid params', details('"age" must be positive'), 3),
  ]),
  jsonrpcRaw('success', 'success', { jsonrpc: '2.0', result: { greeting: 'Hello, world' }, id: 1 }),
];

const numericEndpoints: Endpoint[] = [
  numeric(1001, 400, 'Incorrect data'),
  numeric(1002, 400, 'Invalid email format'),
  numeric(1003, 400, 'User with this email already exists'),
  numeric(1004, 400, 'Resource with this id already exists'),
  numeric(1005, 400, 'Resource with this id is not exists'),
  numeric(1006, 400, 'Error access to database'),
  numeric(2001, 401, 'Invalid login or password'),
  numeric(2002, 401, 'Access token expired'),
  numeric(2003, 401, 'Refresh token expired'),
  numeric(2004, 401, 'No access token'),
  numeric(3001, 403, 'Access to this resource is denied'),
  numeric(4001, 404, 'Recource not found'), // sic: the seed's spelling
  numeric(5001, 405, 'Request method not supported by this resource', {
    headers: { Allow: 'GET, PUT' },
  }),
  numeric(6001, 429, 'Too many requests. Try again later', { headers: { 'Retry-After': '60' } }),
  // The seed's own 405 example uses 1008, a code missing from its list: an unknown code.
  numeric(1008, 405, 'Method not supported by this resource', { headers: { Allow: 'GET, PUT' } }),
  raw('numeric-code', 'created', 201, { method: 'POST', kind: 'success' }, () =>
    json(201, { id: 42, email: 'user@example.com' }, { Location: '/api/numeric-code/users/42' }),
  ),
  raw('numeric-code', 'no-content', 204, { method: 'DELETE', kind: 'success' }, () => ({
    status: 204,
    headers: {},
    body: '',
  })),
];

// RFC 9457 Problem Details. Not a seed: the RFC's own examples, at the statuses it shows,
// plus an about:blank problem and one sent as plain application/json.
const problemEndpoints: Endpoint[] = [
  problem(
    'out-of-credit',
    403,
    {
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
      balance: 30,
      accounts: ['/account/12345', '/account/67890'],
    },
    { method: 'POST' },
  ),
  problem('validation-error', 422, {
    type: 'https://example.net/validation-error',
    title: 'Your request is not valid.',
    errors: [
      { detail: 'must be a positive integer', pointer: '#/age' },
      { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
    ],
  }),
  problem('about-blank', 404, { title: 'Not Found', status: 404, detail: 'No order 42.' }),
  problem(
    'maintenance',
    503,
    {
      type: 'https://example.com/probs/maintenance',
      title: 'Down for maintenance',
      status: 503,
      detail: 'Back in two minutes.',
    },
    { headers: { 'Retry-After': '120' } },
  ),
  // Recognized by its members alone.
  problem(
    'plain-json',
    400,
    {
      type: 'https://example.com/probs/bad-filter',
      title: 'Invalid filter',
      status: 400,
      detail: 'Unknown field "colour" in filter.',
    },
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  ),
];

// GraphQL: one endpoint per catalog code, at the status Apollo Server 4 sends it with (parse,
// validation, operation and request errors 400; resolver and persisted-query errors 200).
const loc = (line: number, column: number) => ({ locations: [{ line, column }] });
const graphqlEndpoints: Endpoint[] = [
  graphql('GRAPHQL_PARSE_FAILED', 400, {
    errors: [
      gqlError('Syntax Error: Expected Name, found "}".', 'GRAPHQL_PARSE_FAILED', loc(3, 1)),
    ],
  }),
  graphql('GRAPHQL_VALIDATION_FAILED', 400, {
    errors: [
      gqlError(
        'Cannot query field "__typenam" on type "Query".',
        'GRAPHQL_VALIDATION_FAILED',
        loc(1, 2),
      ),
    ],
  }),
  graphql('BAD_USER_INPUT', 200, {
    errors: [
      gqlError('Quantity must be positive.', 'BAD_USER_INPUT', {
        path: ['addToCart'],
        ...loc(2, 3),
      }),
    ],
    data: { addToCart: null },
  }),
  graphql('UNAUTHENTICATED', 200, {
    errors: [gqlError('You must be signed in.', 'UNAUTHENTICATED', { path: ['me'], ...loc(2, 3) })],
    data: null,
  }),
  graphql('FORBIDDEN', 200, {
    errors: [
      gqlError('Not allowed to read invoices.', 'FORBIDDEN', { path: ['invoices'], ...loc(2, 3) }),
    ],
    data: null,
  }),
  graphql('PERSISTED_QUERY_NOT_FOUND', 200, {
    errors: [gqlError('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND')],
  }),
  graphql('PERSISTED_QUERY_NOT_SUPPORTED', 200, {
    errors: [gqlError('PersistedQueryNotSupported', 'PERSISTED_QUERY_NOT_SUPPORTED')],
  }),
  graphql('OPERATION_RESOLUTION_FAILURE', 400, {
    errors: [
      gqlError(
        'Must provide operation name if query contains multiple operations.',
        'OPERATION_RESOLUTION_FAILURE',
      ),
    ],
  }),
  graphql('BAD_REQUEST', 400, {
    errors: [
      gqlError(
        'POST body missing, invalid Content-Type, or JSON object has no keys.',
        'BAD_REQUEST',
      ),
    ],
  }),
  // A resolver failed: the other fields resolved, so data is partial.
  graphql('INTERNAL_SERVER_ERROR', 200, {
    errors: [
      gqlError('Could not reach the reviews service.', 'INTERNAL_SERVER_ERROR', {
        path: ['product', 'reviews'],
        ...loc(4, 5),
      }),
    ],
    data: { product: { id: '7', name: 'Lamp', reviews: null } },
  }),
  // The GraphQL specification's own example (§7.1.2): partial data, an error without a code.
  graphql(
    null,
    200,
    {
      errors: [
        gqlError('Name for character with ID 1002 could not be fetched.', null, {
          ...loc(6, 7),
          path: ['hero', 'heroFriends', 1, 'name'],
        }),
      ],
      data: {
        hero: {
          name: 'R2-D2',
          heroFriends: [
            { id: '1000', name: 'Luke Skywalker' },
            { id: '1002', name: null },
            { id: '1003', name: 'Leia Organa' },
          ],
        },
      },
    },
    { slug: 'partial-data' },
  ),
  graphql(
    'UNAUTHENTICATED',
    200,
    {
      errors: [
        gqlError('You must be signed in.', 'UNAUTHENTICATED', { path: ['me'] }),
        gqlError('Could not reach the orders service.', 'INTERNAL_SERVER_ERROR', {
          path: ['orders'],
        }),
      ],
      data: null,
    },
    { slug: 'several-errors' },
  ),
  graphql(null, 200, { data: { hero: { name: 'R2-D2' } } }, { slug: 'success', kind: 'success' }),
];

const HOSTILE_HTML =
  '<!doctype html><html><head><title>500 Internal Server Error</title></head><body>' +
  '<h1>500 Internal Server Error</h1>' +
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
  '</body></html>';

/** An ok:false error listing 1,750 rejected items: 255 KB of JSON, 19,257 values. */
const LARGE_JSON = JSON.stringify({
  ok: false,
  error: {
    code: 'invalid_request',
    message: 'Some items were rejected',
    details: {
      items: Array.from({ length: 1750 }, (_, i) => ({
        id: i,
        name: `item number ${i}`,
        tags: ['alpha', 'beta', i % 97 === 0 ? 'Needle' : 'gamma'],
        price: { amount: i * 1.5, currency: 'EUR', note: 'VAT included where applicable' },
      })),
    },
  },
});

const text = (status: number, type: string, body: string | Buffer): Reply => ({
  status,
  headers: type ? { 'Content-Type': type } : {},
  body,
});

const hostileEndpoints: Endpoint[] = [
  raw('hostile', 'html-500', 500, { kind: 'hostile' }, () =>
    text(500, 'text/html; charset=utf-8', HOSTILE_HTML),
  ),
  // Complete HTTP message whose JSON stops mid-string.
  raw('hostile', 'truncated-json', 502, { kind: 'hostile' }, () =>
    text(502, 'application/json', '{"ok":false,"error":{"code":"provider_err'),
  ),
  raw('hostile', 'empty-503', 503, { kind: 'hostile' }, () => text(503, '', '')),
  raw('hostile', 'bom-json', 400, { kind: 'hostile' }, () => {
    const body = JSON.stringify({
      ok: false,
      error: { code: 'invalid_request', message: 'Bad request', details: null },
    });
    return text(400, 'application/json; charset=utf-8', Buffer.from(`\uFEFF${body}`, 'utf8'));
  }),
  raw('hostile', 'text-plain', 500, { kind: 'hostile' }, () =>
    text(500, 'text/plain; charset=utf-8', 'Internal Server Error: upstream exploded'),
  ),
  // The most the panel keeps of a body by default (256 KB), for the JSON tree to open whole.
  raw('hostile', 'large-json', 400, { kind: 'hostile' }, () =>
    text(400, 'application/json', LARGE_JSON),
  ),
  raw('hostile', 'deep-json', 500, { kind: 'hostile' }, () =>
    text(500, 'application/json', '['.repeat(5000) + '"the bottom"' + ']'.repeat(5000)),
  ),
];

/** Cheap, endlessly distinct success-flag errors for benchmarks: 429 on even i, 502 on odd. */
export function bulkReply(i: number, ctx: Context): Reply {
  return i % 2 === 0
    ? successFlagReply(ctx, 'RATE_LIMIT_EXCEEDED', 429, `Too many requests (#${i})`)
    : successFlagReply(ctx, 'BACKEND_ERROR', 502, `Backend failure (#${i})`);
}

const bulkEndpoints: Endpoint[] = [0, 1].map((i) => ({
  format: 'success-flag',
  code: i === 0 ? 'RATE_LIMIT_EXCEEDED' : 'BACKEND_ERROR',
  status: i === 0 ? 429 : 502,
  path: `/api/bulk?i=${i}`,
  method: 'GET',
  kind: 'bulk',
  reply: (ctx) => bulkReply(i, ctx),
}));

export const ENDPOINTS: readonly Endpoint[] = [
  ...okFlagEndpoints,
  ...stateMetaEndpoints,
  ...successFlagEndpoints,
  ...jsonrpcEndpoints,
  ...numericEndpoints,
  ...problemEndpoints,
  ...graphqlEndpoints,
  ...GOOGLE_ENDPOINTS,
  ...EVERYDAY_ENDPOINTS,
  ...hostileEndpoints,
  ...bulkEndpoints,
];
