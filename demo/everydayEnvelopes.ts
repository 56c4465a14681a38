// Issue 11: the envelopes developers meet every day, Stripe, GitHub, Microsoft Graph (OData),
// AWS (JSON and XML) and Slack, each shaped after its public document's own examples, and a
// Rails error that no format claims, whose loose message must be its exception.
import type { Context, Endpoint, Method, Reply } from './envelopes';

type Headers = Record<string, string>;

function endpoint(
  format: string,
  code: string | null,
  status: number,
  slug: string,
  reply: (ctx: Context) => Reply,
  method: Method = 'GET',
): Endpoint {
  return { format, code, status, path: `/api/${format}/${slug}`, method, kind: 'error', reply };
}

const json = (status: number, value: unknown, headers: Headers = {}): Reply => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
});

const xml = (status: number, body: string, headers: Headers = {}): Reply => ({
  status,
  headers: { 'Content-Type': 'application/xml', ...headers },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
});

/** Stripe: `{"error": {type, code, decline_code, message, param, doc_url}}` + Request-Id. */
function stripe(code: string, status: number, error: object, headers: Headers = {}): Endpoint {
  return endpoint(
    'stripe',
    code,
    status,
    code,
    (ctx) => json(status, { error }, { 'Request-Id': `req_${ctx.requestId}`, ...headers }),
    'POST',
  );
}

const stripeEndpoints: Endpoint[] = [
  stripe('card_declined', 402, {
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    doc_url: 'https://stripe.com/docs/error-codes/card-declined',
    message: 'Your card has insufficient funds.',
    type: 'card_error',
  }),
  stripe('idempotency_error', 400, {
    message:
      'Keys for idempotent requests can only be used with the same parameters they were first used with.',
    type: 'idempotency_error',
  }),
  stripe(
    'api_error',
    500,
    { message: 'An unknown error occurred', type: 'api_error' },
    { 'Stripe-Should-Retry': 'false' },
  ),
];

// GitHub's rate-limit headers; the reset is an epoch in seconds, a minute from now.
const githubLimits = (ctx: Context, remaining: number): Headers => ({
  'x-ratelimit-limit': '60',
  'x-ratelimit-remaining': String(remaining),
  'x-ratelimit-used': String(60 - remaining),
  'x-ratelimit-reset': String(Math.ceil(ctx.now / 1000) + 60),
  'x-ratelimit-resource': 'core',
  'X-GitHub-Request-Id': ctx.requestId,
});

const githubEndpoints: Endpoint[] = [
  endpoint('github', 'primary_rate_limit', 403, 'primary_rate_limit', (ctx) =>
    json(
      403,
      {
        message:
          "API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
        documentation_url:
          'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
      },
      githubLimits(ctx, 0),
    ),
  ),
  endpoint('github', 'secondary_rate_limit', 429, 'secondary_rate_limit', (ctx) =>
    json(
      429,
      {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
      { ...githubLimits(ctx, 41), 'Retry-After': '30' },
    ),
  ),
  endpoint(
    'github',
    'missing_field',
    422,
    'missing_field',
    (ctx) =>
      json(
        422,
        {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
          documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
          status: '422',
        },
        githubLimits(ctx, 42),
      ),
    'POST',
  ),
];

const graph = (ctx: Context, code: string, message: string) => ({
  error: {
    code,
    message,
    innerError: {
      date: new Date(ctx.now).toISOString().replace(/\.\d{3}Z$/, ''),
      'request-id': ctx.requestId,
      'client-request-id': ctx.requestId,
    },
  },
});

const odataEndpoints: Endpoint[] = [
  endpoint('odata', 'accessDenied', 403, 'accessDenied', (ctx) =>
    json(403, graph(ctx, 'accessDenied', 'Insufficient privileges to complete the operation.')),
  ),
  endpoint('odata', 'TooManyRequests', 429, 'TooManyRequests', (ctx) =>
    json(429, graph(ctx, 'TooManyRequests', 'Please retry again later.'), { 'Retry-After': '10' }),
  ),
];

const awsJsonEndpoints: Endpoint[] = [
  endpoint(
    'aws-json',
    'ProvisionedThroughputExceededException',
    400,
    'ProvisionedThroughputExceededException',
    (ctx) => ({
      status: 400,
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-RequestId': ctx.requestId },
      body: JSON.stringify({
        __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
        message: 'The level of configured provisioned throughput for the table was exceeded.',
      }),
    }),
    'POST',
  ),
  endpoint('aws-json', 'ValidationException', 400, 'ValidationException', (ctx) =>
    json(
      400,
      { message: '1 validation error detected: Value null at name failed to satisfy constraint' },
      {
        'X-Amzn-Errortype':
          'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/',
        'x-amzn-RequestId': ctx.requestId,
      },
    ),
  ),
];

const awsXmlEndpoints: Endpoint[] = [
  endpoint('aws-xml', 'NoSuchKey', 404, 'NoSuchKey', (ctx) =>
    xml(
      404,
      `<Error>
  <Code>NoSuchKey</Code>
  <Message>The resource you requested does not exist</Message>
  <Resource>/mybucket/myfoto.jpg</Resource>
  <RequestId>${ctx.requestId}</RequestId>
</Error>`,
      { 'x-amz-request-id': ctx.requestId },
    ),
  ),
  endpoint('aws-xml', 'Throttling', 400, 'Throttling', (ctx) =>
    xml(
      400,
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>Throttling</Code>
    <Message>Rate exceeded</Message>
  </Error>
  <RequestId>${ctx.requestId}</RequestId>
</ErrorResponse>`,
    ),
  ),
];

// Slack answers HTTP 200 with ok: false (api.slack.com/web#evaluating_responses).
const slackEndpoints: Endpoint[] = [
  endpoint('slack', 'invalid_auth', 200, 'invalid_auth', (ctx) =>
    json(200, { ok: false, error: 'invalid_auth' }, { 'X-Slack-Req-Id': ctx.requestId }),
  ),
  endpoint(
    'slack',
    'invalid_arguments',
    200,
    'invalid_arguments',
    () =>
      json(200, {
        ok: false,
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] missing required field: channel'] },
      }),
    'POST',
  ),
  endpoint('slack', 'ratelimited', 429, 'ratelimited', () =>
    json(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '30' }),
  ),
];

// A Rails API error no format claims: the panel's message must be the exception.
const railsEndpoints: Endpoint[] = [
  {
    ...endpoint('http', null, 400, 'rails-parameter-missing', () =>
      json(400, {
        status: 400,
        error: 'Bad Request',
        exception: 'param is missing or the value is empty: parking_spot',
      }),
    ),
    path: '/api/rails/parameter-missing',
  },
];

export const EVERYDAY_ENDPOINTS: readonly Endpoint[] = [
  ...stripeEndpoints,
  ...githubEndpoints,
  ...odataEndpoints,
  ...awsJsonEndpoints,
  ...awsXmlEndpoints,
  ...slackEndpoints,
  ...railsEndpoints,
];
