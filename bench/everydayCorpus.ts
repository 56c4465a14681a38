/**
 * Issue 11's everyday envelopes (Stripe, GitHub, Graph, AWS JSON and XML, Slack), shaped after
 * their documents' examples and padded to 100 B … 1 MB. Kept out of SHAPES so the seed corpus,
 * its rows and its results digest stay comparable with every earlier run.
 */
import type { Header } from '../src/core/types';
import type { Shape } from './corpus';

const json = (value: unknown): string => JSON.stringify(value);
const range = <T>(n: number, item: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => item(i));
const id = (seed: number, i: number): string => (seed * 7919 + i).toString(36).padStart(6, '0');
const h = (name: string, value: string): Header => ({ name, value });

export const EVERYDAY_SHAPES: readonly Shape[] = [
  {
    label: 'stripe 402',
    group: 'error',
    status: 402,
    method: 'POST',
    url: 'https://api.stripe.com/v1/payment_intents',
    headers: [h('Request-Id', 'req_VQp5NvYAhrsPzi'), h('Stripe-Should-Retry', 'false')],
    body: (n, seed) =>
      json({
        error: {
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          doc_url: 'https://stripe.com/docs/error-codes/card-declined',
          message: 'Your card has insufficient funds.',
          type: 'card_error',
          payment_intent: {
            id: `pi_${id(seed, 0)}`,
            metadata: Object.fromEntries(
              range(n, (i) => [`order_line_${i}`, `sku_${id(seed, i)}`]),
            ),
          },
        },
      }),
  },
  {
    label: 'github 422',
    group: 'error',
    status: 422,
    method: 'POST',
    url: 'https://api.github.com/repos/octo/hello/issues',
    headers: [h('x-ratelimit-remaining', '4999'), h('X-GitHub-Request-Id', 'CDE2:39E5:1A4B2C')],
    body: (n, seed) =>
      json({
        message: 'Validation Failed',
        errors: range(Math.max(1, n), (i) => ({
          resource: 'Issue',
          field: `labels.${i}`,
          code: 'invalid',
          message: `label ${id(seed, i)} does not exist`,
        })),
        documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
        status: '422',
      }),
  },
  {
    label: 'odata 400',
    group: 'error',
    status: 400,
    method: 'PATCH',
    url: 'https://graph.microsoft.com/v1.0/me/events/AAMk',
    body: (n, seed) =>
      json({
        error: {
          code: 'invalidRequest',
          message: 'Invalid request',
          details: range(n, (i) => ({
            code: 'invalidValue',
            message: `Value ${id(seed, i)} is not a valid date`,
            target: `attendees/${i}/start`,
          })),
          innerError: {
            date: '2026-06-23T10:00:00',
            'request-id': `94fb3b52-${id(seed, 0)}`,
            'client-request-id': `94fb3b52-${id(seed, 1)}`,
          },
        },
      }),
  },
  {
    label: 'aws-json 400',
    group: 'error',
    status: 400,
    method: 'POST',
    url: 'https://dynamodb.us-east-1.amazonaws.com/',
    mimeType: 'application/x-amz-json-1.0',
    headers: [h('x-amzn-RequestId', 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG')],
    body: (n, seed) =>
      json({
        __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
        message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
        CancellationReasons: range(n, (i) => ({
          Code: i % 2 === 0 ? 'ConditionalCheckFailed' : 'None',
          Message: `item ${id(seed, i)}`,
        })),
      }),
  },
  {
    label: 'slack 200',
    group: 'error',
    status: 200,
    method: 'POST',
    url: 'https://slack.com/api/chat.postMessage',
    body: (n, seed) =>
      json({
        ok: false,
        error: 'invalid_arguments',
        response_metadata: {
          messages: range(
            Math.max(1, n),
            (i) => `[ERROR] invalid block ${id(seed, i)} at /blocks/${i}`,
          ),
        },
      }),
  },
];

/** S3's bare `<Error>`, padded with the kind of repeated element a batch delete returns. */
export const XML_SHAPE: Shape = {
  label: 'aws-xml 403',
  group: 'error',
  status: 403,
  method: 'GET',
  url: 'https://bucket.s3.amazonaws.com/photos/2026/06/23.jpg',
  mimeType: 'application/xml',
  body: (n, seed) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>` +
    `<Message>Access Denied</Message><RequestId>${id(seed, 0)}</RequestId>` +
    range(n, (i) => `<Key>photos/2026/06/${id(seed, i)}.jpg</Key>`).join('') +
    `<HostId>${id(seed, 1)}</HostId></Error>`,
};
