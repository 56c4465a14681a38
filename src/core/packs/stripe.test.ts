import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';

// https://docs.stripe.com/api/errors (the error object) and https://docs.stripe.com/error-handling
// (its examples: a missing customer, a declined card, an idempotency error).
const RESOURCE_MISSING = {
  error: {
    code: 'resource_missing',
    doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
    message: "No such customer: 'cus_12345'",
    param: 'customer',
    type: 'invalid_request_error',
  },
};
const CARD_DECLINED = {
  error: {
    charge: 'ch_1NirD82eZvKYlo2CIvbtLWuY',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    doc_url: 'https://stripe.com/docs/error-codes/card-declined',
    message: 'Your card has insufficient funds.',
    type: 'card_error',
  },
};
const IDEMPOTENCY = {
  error: {
    message:
      "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'k1' if you meant to execute a different request.",
    type: 'idempotency_error',
  },
};
const requestId = headers({ 'Request-Id': 'req_VQp5NvYAhrsPzi' });

describe('stripe', () => {
  it('reads the error object: code, message, param and doc_url, and Request-Id', () => {
    const d = decode(exchange({ status: 404, json: RESOURCE_MISSING, responseHeaders: requestId }));
    expect(d).toMatchObject({
      format: 'stripe',
      code: 'resource_missing',
      known: true,
      message: "No such customer: 'cus_12345'",
      requestId: 'req_VQp5NvYAhrsPzi',
    });
    expect(d?.details).toMatchObject({ param: 'customer', type: 'invalid_request_error' });
    expect(d?.retry.advice).toBe('no');
  });

  it('shows a declined card with its decline_code, and no retry', () => {
    const d = decode(exchange({ status: 402, method: 'POST', json: CARD_DECLINED }));
    expect(d).toMatchObject({ format: 'stripe', code: 'card_declined', known: true });
    expect(d?.details).toMatchObject({
      decline_code: 'insufficient_funds',
      charge: 'ch_1NirD82eZvKYlo2CIvbtLWuY',
    });
    expect(d?.retry.advice).toBe('no');
    expect(d?.notes).toEqual([]);
  });

  it('makes an idempotency error and any 409 check-first', () => {
    const idem = decode(exchange({ status: 400, method: 'POST', json: IDEMPOTENCY }));
    expect(idem).toMatchObject({ code: 'idempotency_error', known: true });
    expect(idem?.retry.advice).toBe('check-first');
    const lock = {
      error: { code: 'lock_timeout', message: 'locked', type: 'invalid_request_error' },
    };
    expect(decode(exchange({ status: 409, json: lock }))?.retry.advice).toBe('check-first');
    expect(decode(exchange({ status: 429, json: lock }))?.retry.advice).toBe('backoff');
  });

  it('lets Stripe-Should-Retry override the advice, and says so', () => {
    const api = { error: { message: 'An unknown error occurred', type: 'api_error' } };
    expect(decode(exchange({ status: 500, json: api }))?.retry.advice).toBe('backoff');
    const no = decode(
      exchange({
        status: 500,
        json: api,
        responseHeaders: headers({ 'Stripe-Should-Retry': 'false' }),
      }),
    );
    expect(no?.retry.advice).toBe('no');
    expect(no?.notes.some((n) => n.en.startsWith('Stripe-Should-Retry: false'))).toBe(true);
    const yes = decode(
      exchange({
        status: 409,
        json: IDEMPOTENCY,
        responseHeaders: headers({ 'stripe-should-retry': 'true' }),
      }),
    );
    expect(yes?.retry.advice).toBe('backoff');
  });

  it('claims no body whose error type Stripe does not document', () => {
    const other = { error: { type: 'oops', message: 'x' } };
    expect(decode(exchange({ status: 400, json: other }))?.format).not.toBe('stripe');
  });
});
