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
