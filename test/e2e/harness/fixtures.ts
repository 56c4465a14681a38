/** One error of each documented format, each at its documented status. */
export const ONE_PER_FORMAT = [
  { path: '/api/ok-flag/provider_error', format: 'ok-flag', code: 'provider_error', status: '502' },
  {
    path: '/api/state-meta/validation_error',
    format: 'state-meta',
    code: 'validation_error',
    status: '422',
  },
  {
    path: '/api/success-flag/RATE_LIMIT_EXCEEDED',
    format: 'success-flag',
    code: 'RATE_LIMIT_EXCEEDED',
    status: '429',
  },
  { path: '/api/jsonrpc/-32601', format: 'jsonrpc', code: '-32601', status: '200' },
  { path: '/api/numeric-code/2002', format: 'numeric-code', code: '2002', status: '401' },
] as const;

/** Issue 11: one error of each Google-family format (demo/googleEnvelopes.ts). */
export const ONE_PER_GOOGLE_FORMAT = [
  {
    path: '/api/google-rpc/RESOURCE_EXHAUSTED',
    format: 'google-rpc',
    code: 'RESOURCE_EXHAUSTED',
    status: '429',
  },
  // Binary frames under HTTP 200: the status is in the trailer frame at the end of the body.
  { path: '/api/grpc-web/UNAVAILABLE', format: 'grpc-web', code: 'UNAVAILABLE', status: '200' },
  {
    path: '/api/connect/invalid_argument',
    format: 'connect',
    code: 'INVALID_ARGUMENT',
    status: '400',
  },
] as const;

/** Issue 11: one error of each everyday envelope (demo/everydayEnvelopes.ts). */
export const ONE_PER_EVERYDAY_FORMAT = [
  { path: '/api/stripe/card_declined', format: 'stripe', code: 'card_declined', status: '402' },
  {
    path: '/api/github/primary_rate_limit',
    format: 'github',
    code: 'primary_rate_limit',
    status: '403',
  },
  { path: '/api/odata/accessDenied', format: 'odata', code: 'accessDenied', status: '403' },
  {
    path: '/api/aws-json/ProvisionedThroughputExceededException',
    format: 'aws-json',
    code: 'ProvisionedThroughputExceededException',
    status: '400',
  },
  // XML, not JSON: read through the raw body hook.
  { path: '/api/aws-xml/NoSuchKey', format: 'aws-xml', code: 'NoSuchKey', status: '404' },
  // ok: false under HTTP 200.
  { path: '/api/slack/invalid_auth', format: 'slack', code: 'invalid_auth', status: '200' },
] as const;
