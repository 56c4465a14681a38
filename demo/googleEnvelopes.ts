// Issue 11: one or more endpoints per Google-family format, google-rpc (AIP-193 and Google's
// older shape), gRPC-Web (binary frames, base64 "-text", trailers-only) and Connect, each
// shaped after its public document's own examples.
import type { Context, Endpoint, Method, Reply } from './envelopes';
import { any, base64, field, frame, int, status } from './protobuf';

type Code = string | number | null;

function endpoint(
  format: string,
  code: Code,
  httpStatus: number,
  slug: string,
  reply: (ctx: Context) => Reply,
  opts: { kind?: Endpoint['kind']; method?: Method } = {},
): Endpoint {
  return {
    format,
    code,
    status: httpStatus,
    path: `/api/${format}/${slug}`,
    method: opts.method ?? 'POST',
    kind: opts.kind ?? 'error',
    reply,
  };
}

const json = (httpStatus: number, value: unknown): Reply => ({
  status: httpStatus,
  headers: { 'Content-Type': 'application/json; charset=UTF-8' },
  body: JSON.stringify(value),
});

const type = (name: string) => `type.googleapis.com/google.rpc.${name}`;

const googleEndpoints: Endpoint[] = [
  // AIP-193's example shape, with the RetryInfo, QuotaFailure and RequestInfo details.
  endpoint('google-rpc', 'RESOURCE_EXHAUSTED', 429, 'RESOURCE_EXHAUSTED', (ctx) =>
    json(429, {
      error: {
        code: 429,
        message:
          "Quota exceeded for quota metric 'Read requests' of service 'library.example.com'.",
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': type('ErrorInfo'),
            reason: 'RATE_LIMIT_EXCEEDED',
            domain: 'library.example.com',
            metadata: { quota_limit: 'ReadsPerMinutePerProject', quota_limit_value: '60' },
          },
          { '@type': type('RetryInfo'), retryDelay: '13s' },
          {
            '@type': type('QuotaFailure'),
            violations: [{ subject: 'project:demo', description: 'Read requests per minute' }],
          },
          {
            '@type': type('Help'),
            links: [{ description: 'Request a higher quota', url: 'https://example.com/quotas' }],
          },
          { '@type': type('RequestInfo'), requestId: ctx.requestId },
        ],
      },
    }),
  ),
  endpoint('google-rpc', 'INVALID_ARGUMENT', 400, 'INVALID_ARGUMENT', () =>
    json(400, {
      error: {
        code: 400,
        message: 'Request contains an invalid argument.',
        status: 'INVALID_ARGUMENT',
        details: [
          {
            '@type': type('BadRequest'),
            fieldViolations: [{ field: 'book.title', description: 'Title must not be empty' }],
          },
        ],
      },
    }),
  ),
  // Firebase Auth's answer to a wrong password: Google's older shape, no "status".
  endpoint('google-rpc', 'INVALID_LOGIN_CREDENTIALS', 400, 'INVALID_LOGIN_CREDENTIALS', () =>
    json(400, {
      error: {
        code: 400,
        message: 'INVALID_LOGIN_CREDENTIALS',
        errors: [{ message: 'INVALID_LOGIN_CREDENTIALS', domain: 'global', reason: 'invalid' }],
      },
    }),
  ),
];

const GRPC_WEB = 'application/grpc-web+proto';
const DATA_FRAME = frame(0x00, field(1, 'partial'));

/** A google.rpc.Status for grpc-status-details-bin: RetryInfo 1.5 s and ErrorInfo. */
const UNAVAILABLE_STATUS = base64(
  status(14, 'backend overloaded', [
    any('google.rpc.RetryInfo', field(1, [...int(1, 1), ...int(2, 500_000_000)])),
    any('google.rpc.ErrorInfo', [
      ...field(1, 'BACKEND_OVERLOADED'),
      ...field(2, 'library.example.com'),
    ]),
  ]),
);

const grpcWeb = (headers: Record<string, string>, body: Buffer | string, mime = GRPC_WEB) => ({
  status: 200,
  // Browsers show a gRPC-Web call's trailers-only headers only when CORS exposes them.
  headers: {
    'Content-Type': mime,
    'Access-Control-Expose-Headers': 'grpc-status, grpc-message, grpc-status-details-bin',
    ...headers,
  },
  body,
});

const grpcWebEndpoints: Endpoint[] = [
  // Data, then the trailer frame (flag 0x80) with the status, as PROTOCOL-WEB.md lays it out.
  endpoint('grpc-web', 'UNAVAILABLE', 200, 'UNAVAILABLE', () =>
    grpcWeb(
      {},
      Buffer.from([
        ...DATA_FRAME,
        ...frame(
          0x80,
          'grpc-status: 14\r\ngrpc-message: backend%20overloaded\r\n' +
            `grpc-status-details-bin: ${UNAVAILABLE_STATUS}\r\n`,
        ),
      ]),
    ),
  ),
  // Trailers-only: the status in the headers, no body.
  endpoint('grpc-web', 'UNAUTHENTICATED', 200, 'UNAUTHENTICATED', () =>
    grpcWeb({ 'grpc-status': '16', 'grpc-message': 'token%20expired' }, ''),
  ),
  // application/grpc-web-text: each frame base64-encoded (and padded) on its own.
  endpoint('grpc-web', 'NOT_FOUND', 200, 'NOT_FOUND', () =>
    grpcWeb(
      {},
      base64(DATA_FRAME) +
        base64(frame(0x80, 'grpc-status: 5\r\ngrpc-message: no%20such%20book\r\n')),
      'application/grpc-web-text+proto',
    ),
  ),
  endpoint(
    'grpc-web',
    null,
    200,
    'success',
    () => grpcWeb({}, Buffer.from([...DATA_FRAME, ...frame(0x80, 'grpc-status: 0\r\n')])),
    { kind: 'success' },
  ),
];

// connectrpc.com/docs/protocol: unary errors are JSON with a lower-snake code; the code listed
// here is the gRPC name the decoder shows.
const connectEndpoints: Endpoint[] = [
  endpoint('connect', 'INVALID_ARGUMENT', 400, 'invalid_argument', () =>
    json(400, {
      code: 'invalid_argument',
      message: 'title: value is required',
      details: [
        {
          type: 'google.rpc.BadRequest',
          value: base64(field(1, [...field(1, 'title'), ...field(2, 'value is required')])).replace(
            /=+$/,
            '',
          ),
        },
      ],
    }),
  ),
  endpoint('connect', 'UNAVAILABLE', 503, 'unavailable', () =>
    json(503, {
      code: 'unavailable',
      message: 'overloaded: back off and retry',
      details: [{ type: 'google.rpc.RetryInfo', value: 'CgIIPA', debug: { retryDelay: '60s' } }],
    }),
  ),
];

export const GOOGLE_ENDPOINTS: readonly Endpoint[] = [
  ...googleEndpoints,
  ...grpcWebEndpoints,
  ...connectEndpoints,
];
