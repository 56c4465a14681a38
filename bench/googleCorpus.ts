/**
 * Issue 11's bodies for the decode bench, apart from the main corpus so its results digest
 * stays comparable: google-rpc (AIP-193) and Connect JSON errors padded with details, and
 * gRPC-Web responses (data frames, then the trailer frame with grpc-status-details-bin), binary
 * as DevTools hands them over: base64.
 */
import { any, base64, field, frame, int, status } from '../demo/protobuf';
import { exchangeOf, padFor, SIZES, type Sample, type Shape } from './corpus';

const json = (value: unknown): string => JSON.stringify(value);
const range = <T>(n: number, item: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => item(i));

const type = (name: string) => `type.googleapis.com/google.rpc.${name}`;

export const GOOGLE_SHAPES: readonly Shape[] = [
  {
    label: 'google-rpc 429',
    group: 'error',
    status: 429,
    method: 'POST',
    url: 'https://library.googleapis.com/v1/shelves',
    body: (n, seed) =>
      json({
        error: {
          code: 429,
          message: "Quota exceeded for quota metric 'Read requests'.",
          status: 'RESOURCE_EXHAUSTED',
          details: [
            {
              '@type': type('ErrorInfo'),
              reason: 'RATE_LIMIT_EXCEEDED',
              domain: 'googleapis.com',
              metadata: { service: 'library.googleapis.com', consumer: `projects/${seed}` },
            },
            { '@type': type('RetryInfo'), retryDelay: '13s' },
            {
              '@type': type('QuotaFailure'),
              violations: range(n, (i) => ({
                subject: `project:${seed}-${i}`,
                description: 'Read requests per minute per project',
              })),
            },
          ],
        },
      }),
  },
  {
    label: 'google-rpc legacy 400',
    group: 'error',
    status: 400,
    method: 'POST',
    url: 'https://identitytoolkit.googleapis.com/v1/accounts:signInWithPassword',
    body: (n) =>
      json({
        error: {
          code: 400,
          message: 'INVALID_LOGIN_CREDENTIALS',
          errors: range(Math.max(1, n), () => ({
            message: 'INVALID_LOGIN_CREDENTIALS',
            domain: 'global',
            reason: 'invalid',
          })),
        },
      }),
  },
  {
    // A BadRequest detail with n violations: its protobuf value, and the same as JSON in debug.
    label: 'connect 400',
    group: 'error',
    status: 400,
    method: 'POST',
    url: 'https://demo.connectrpc.com/connectrpc.eliza.v1.ElizaService/Say',
    body: (n, seed) => {
      const violations = range(n, (i) => ({ field: `items[${i}].name`, description: 'required' }));
      const value = violations.flatMap((v) =>
        field(1, [...field(1, v.field), ...field(2, v.description)]),
      );
      return json({
        code: 'invalid_argument',
        message: `request #${seed} is invalid`,
        details: [
          {
            type: 'google.rpc.BadRequest',
            value: base64(value).replace(/=+$/, ''),
            debug: { fieldViolations: violations },
          },
        ],
      });
    },
  },
];

const DETAILS_BIN = base64(
  status(14, 'backend overloaded', [
    any('google.rpc.RetryInfo', field(1, [...int(1, 1), ...int(2, 500_000_000)])),
    any('google.rpc.ErrorInfo', [...field(1, 'BACKEND_OVERLOADED'), ...field(2, 'example.com')]),
  ]),
);

const GRPC_WEB: Shape = {
  label: 'grpc-web 200',
  group: 'error',
  status: 200,
  method: 'POST',
  url: 'https://grpc.example.com/library.v1.Library/ListBooks',
  mimeType: 'application/grpc-web+proto',
  // n data frames of ~100 bytes each, then the trailer frame.
  body: (n, seed) =>
    base64([
      ...range(n, (i) => frame(0, field(1, `book ${seed}-${i} `.padEnd(90, '.')))).flat(),
      ...frame(
        0x80,
        `grpc-status: 14\r\ngrpc-message: backend%20overloaded\r\n` +
          `grpc-status-details-bin: ${DETAILS_BIN}\r\n`,
      ),
    ]),
};

function samplesOf(shape: Shape, bucketBytes: number, encoding: 'plain' | 'base64'): Sample[] {
  return SIZES.flatMap((size) => {
    const n = padFor(shape, size);
    return range(Math.ceil(bucketBytes / size), (seed) => {
      const body = shape.body(n, seed);
      const exchange = { ...exchangeOf(shape, body), bodyEncoding: encoding };
      const bytes = encoding === 'base64' ? Buffer.from(body, 'base64').length : body.length;
      return { shape, exchange, bytes };
    });
  });
}

/** JSON samples for the decode/parse rows (≤ 1.5× a parse, issue 11). */
export function buildGoogleCorpus(bucketBytes = 256 * 1024): Sample[] {
  return GOOGLE_SHAPES.flatMap((shape) => samplesOf(shape, bucketBytes, 'plain'));
}

/** gRPC-Web samples: no JSON.parse baseline, the row reports MB/s of body bytes. */
export function buildGrpcWebCorpus(bucketBytes = 256 * 1024): Sample[] {
  return samplesOf(GRPC_WEB, bucketBytes, 'base64');
}
