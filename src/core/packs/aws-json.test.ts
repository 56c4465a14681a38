import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';

// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
// (its HTTP error example) and the Smithy awsJson1_0 / restJson1 error rules
// (https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#operation-error-serialization).
const DYNAMODB = {
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message:
    'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API',
};
const DYNAMODB_HEADERS = headers({
  'x-amzn-RequestId': 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG',
  'Content-Type': 'application/x-amz-json-1.0',
});

describe('aws-json', () => {
  it('reads the DynamoDB example: __type after "#", the message, x-amzn-RequestId; backoff', () => {
    const d = decode(exchange({ status: 400, json: DYNAMODB, responseHeaders: DYNAMODB_HEADERS }));
    expect(d).toMatchObject({
      format: 'aws-json',
      code: 'ProvisionedThroughputExceededException',
      known: true,
      message: DYNAMODB.message,
      requestId: 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG',
    });
    expect(d?.retry.advice).toBe('backoff');
  });

  it('takes X-Amzn-Errortype first, cut before ":" (restJson1)', () => {
    const d = decode(
      exchange({
        status: 400,
        json: { message: '1 validation error detected' },
        responseHeaders: headers({
          'X-Amzn-Errortype':
            'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/',
          'x-amzn-RequestId': 'r-1',
        }),
      }),
    );
    expect(d).toMatchObject({ format: 'aws-json', code: 'ValidationException', known: true });
    expect(d?.retry.advice).toBe('no');
  });

  it('reads "code" with x-amzn-RequestId, and the Smithy example "aws.protocoltests.restjson#FooError:http://…"', () => {
    const coded = decode(
      exchange({
        status: 429,
        json: { code: 'TooManyRequestsException', Message: 'Rate exceeded' },
        responseHeaders: headers({ 'x-amzn-RequestId': 'r' }),
      }),
    );
    expect(coded).toMatchObject({ code: 'TooManyRequestsException', message: 'Rate exceeded' });
    expect(coded?.retry.advice).toBe('backoff');
    const smithy = decode(
      exchange({
        status: 500,
        json: {
          __type:
            'aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/',
        },
      }),
    );
    expect(smithy).toMatchObject({ format: 'aws-json', code: 'FooError', known: false });
  });

  it('backs off every throttling code the AWS SDKs retry', () => {
    for (const code of [
      'ThrottlingException',
      'Throttling',
      'RequestLimitExceeded',
      'SlowDown',
      'TooManyRequestsException',
      'ThrottledException',
      'RequestThrottledException',
    ]) {
      const d = decode(exchange({ status: 400, json: { __type: code } }));
      expect(d?.retry.advice, code).toBe('backoff');
    }
  });

  it('claims no bare "code" without an AWS request id', () => {
    expect(decode(exchange({ status: 400, json: { code: 'ThrottlingException' } }))?.format).toBe(
      'http',
    );
  });
});
