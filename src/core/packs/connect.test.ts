import { describe, expect, it } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { GRPC_STATUS_NAMES } from '../grpc/statusCodes';

/*
 * Connect protocol errors (https://connectrpc.com/docs/protocol, "Error and EndStreamResponse"
 * and "Error Codes"): `{"code", "message", "details": [{"type", "value", "debug"}]}`, the code a
 * lower-snake gRPC name, each detail's value unpadded base64 protobuf.
 */

// The protocol document's unary example: HTTP 501 with this body, verbatim.
const UNIMPLEMENTED = `{
  "code": "unimplemented",
  "message": "connectrpc.greet.v1.GreetService/Greet is not implemented"
}`;

// The protocol document's example of details, verbatim. Its "debug" says 30s while the value
// ("CgIIPA", RetryInfo{retry_delay: 60s}) says 60s: clients must not depend on "debug".
const WITH_DETAILS = `{
  "code": "unavailable",
  "message": "overloaded: back off and retry",
  "details": [
    {
      "type": "google.rpc.RetryInfo",
      "value": "CgIIPA",
      "debug": {"retryDelay": "30s"}
    }
  ]
}`;

const connect = builtin('connect');

describe('connect: Connect protocol errors', () => {
  it("reads the protocol's unary example and shows the gRPC status name", () => {
    const d = decode(exchange({ status: 501, body: UNIMPLEMENTED }));
    expect(d?.format).toBe('connect');
    expect(d?.code).toBe('UNIMPLEMENTED');
    expect(d?.message).toBe('connectrpc.greet.v1.GreetService/Greet is not implemented');
    expect(d?.retry.advice).toBe('no');
    expect(d?.notes.map((n) => n.en).join(' ')).not.toMatch(/status|undocumented/i);
  });

  it('decodes the details from their protobuf value, not from debug', () => {
    const d = decode(exchange({ status: 503, body: WITH_DETAILS }));
    expect(d?.code).toBe('UNAVAILABLE');
    expect(d?.retry.advice).toBe('backoff');
    expect(d?.details).toMatchObject({
      retryInfo: { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '60s' },
    });
    expect(connect.recognize(JSON.parse(WITH_DETAILS))?.errors[0]?.retryDelaySeconds).toBe(60);
  });

  it('falls back to debug only when the value cannot be read', () => {
    const body = {
      code: 'resource_exhausted',
      details: [{ type: 'google.rpc.RetryInfo', value: '!!', debug: { retryDelay: '7s' } }],
    };
    expect(connect.recognize(body)?.errors[0]?.retryDelaySeconds).toBe(7);
  });

  it('maps every Connect code to its gRPC name: "canceled" is CANCELLED', () => {
    expect(decode(exchange({ status: 499, json: { code: 'canceled' } }))?.code).toBe('CANCELLED');
    for (const name of GRPC_STATUS_NAMES.filter((n) => n !== 'OK' && n !== 'CANCELLED')) {
      const d = decode(exchange({ status: 500, json: { code: name.toLowerCase(), message: 'm' } }));
      expect(d?.format, name).toBe('connect');
      expect(d?.code, name).toBe(name);
      expect(d?.known, name).toBe(true);
    }
  });

  it('claims only bodies of Connect shape: a known lower-snake code and no other keys', () => {
    for (const body of [
      { code: 'ok' },
      { code: 'UNAVAILABLE' },
      { code: 'not_a_code', message: 'm' },
      { code: 'unavailable', message: 'm', extra: 1 },
      { code: 14 },
    ]) {
      expect(connect.recognize(body), JSON.stringify(body)).toBeNull();
    }
  });

  it('pairs each code with the HTTP status of the protocol table', () => {
    const status = (name: string) => connect.catalog.get(name)?.status;
    expect(status('CANCELLED')).toBe(499);
    expect(status('RESOURCE_EXHAUSTED')).toBe(429);
    expect(status('UNAUTHENTICATED')).toBe(401);
    expect(status('DEADLINE_EXCEEDED')).toBe(504);
  });
});
