import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';

const xml = (status: number, body: string, extra: Record<string, string> = {}) =>
  exchange({
    status,
    body,
    mimeType: 'application/xml',
    responseHeaders: headers({ 'Content-Type': 'application/xml', ...extra }),
  });

// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html: "REST error responses".
const S3 = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NoSuchKey</Code>
  <Message>The resource you requested does not exist</Message>
  <Resource>/mybucket/myfoto.jpg</Resource>
  <RequestId>4442587FB7D0A2F9</RequestId>
</Error>`;

// https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html and the Query protocol's
// error shape (https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#operation-error-serialization).
const QUERY = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>InvalidClientTokenId</Code>
    <Message>The security token included in the request is invalid.</Message>
  </Error>
  <RequestId>8e4a1d0a-1234-4f6b-9e8a-5c1d2e3f4a5b</RequestId>
</ErrorResponse>`;

// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html: its example.
const EC2 = `<Response>
  <Errors>
    <Error>
      <Code>InvalidInstanceID.NotFound</Code>
      <Message>The instance ID 'i-1a2b3c4d' does not exist</Message>
    </Error>
  </Errors>
  <RequestID>ea966190-f9aa-478e-9ede-example</RequestID>
</Response>`;

describe('aws-xml', () => {
  it("reads S3's bare <Error>: code, message, resource, RequestId", () => {
    const d = decode(xml(404, S3));
    expect(d).toMatchObject({
      format: 'aws-xml',
      code: 'NoSuchKey',
      known: true,
      message: 'The resource you requested does not exist',
      requestId: '4442587FB7D0A2F9',
    });
    expect(d?.details).toMatchObject({ resource: '/mybucket/myfoto.jpg' });
    expect(d?.retry.advice).toBe('no');
  });

  it('reads the Query <ErrorResponse>, its Type, and asks for new credentials', () => {
    const d = decode(xml(403, QUERY));
    expect(d).toMatchObject({
      format: 'aws-xml',
      code: 'InvalidClientTokenId',
      requestId: '8e4a1d0a-1234-4f6b-9e8a-5c1d2e3f4a5b',
    });
    expect(d?.details).toMatchObject({ type: 'Sender' });
    expect(d?.retry.advice).toBe('after-auth');
  });

  it("reads EC2's <Response><Errors>, and backs off on SlowDown", () => {
    expect(decode(xml(400, EC2))).toMatchObject({
      code: 'InvalidInstanceID.NotFound',
      known: false,
      requestId: 'ea966190-f9aa-478e-9ede-example',
    });
    const slow =
      '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';
    const d = decode(xml(503, slow, { 'x-amz-request-id': 'R1' }));
    expect(d).toMatchObject({ code: 'SlowDown', requestId: 'R1' });
    expect(d?.retry.advice).toBe('backoff');
  });

  it('reads XML sent as text/xml or with no type, but never a 2xx XML body', () => {
    expect(
      decode(exchange({ status: 404, body: S3, mimeType: '', responseHeaders: [] }))?.format,
    ).toBe('aws-xml');
    expect(decode(xml(200, S3))).toBeNull();
  });

  it('falls back to the HTTP status for XML that is not an AWS error, or hostile', () => {
    expect(decode(xml(500, '<html><body>oops</body></html>'))?.format).toBe('http');
    expect(decode(xml(500, '<Fault><Reason>x</Reason></Fault>'))?.format).toBe('http');
    const laughs = '<!DOCTYPE x [<!ENTITY a "aaaa">]><Error><Code>&a;</Code></Error>';
    expect(decode(xml(400, laughs))?.format).toBe('http');
  });
});
