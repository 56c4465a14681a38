import { describe, expect, it } from 'vitest';
import { decodeDetail, decodeStatus, detailTypeName } from './rpcDetails';

// Protobuf wire format, by hand: a tag is (field << 3 | wire type); 2 = length-delimited.
function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 127) {
    out.push((n & 127) | 128);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
const bytesOf = (field: number, payload: number[]) => [
  (field << 3) | 2,
  ...varint(payload.length),
  ...payload,
];
const str = (field: number, text: string) => bytesOf(field, [...new TextEncoder().encode(text)]);
const int = (field: number, n: number) => [field << 3, ...varint(n)];
// A binary string, one char per byte: the form the reader reads (atob's).
const buf = (...parts: number[][]) => String.fromCharCode(...parts.flat());

const PREFIX = 'type.googleapis.com/';

describe('detailTypeName', () => {
  it('keeps what follows the last slash', () => {
    expect(detailTypeName(`${PREFIX}google.rpc.RetryInfo`)).toBe('google.rpc.RetryInfo');
    expect(detailTypeName('google.rpc.RetryInfo')).toBe('google.rpc.RetryInfo');
    expect(detailTypeName('a/b/c.D')).toBe('c.D');
    expect(detailTypeName('/x.Y')).toBe('x.Y');
  });
});

describe('decodeDetail: each google.rpc type by its field numbers', () => {
  it('LocalizedMessage, DebugInfo and ResourceInfo', () => {
    expect(
      decodeDetail('google.rpc.LocalizedMessage', buf(str(1, 'fr'), str(2, 'Erreur'))),
    ).toEqual({ '@type': `${PREFIX}google.rpc.LocalizedMessage`, locale: 'fr', message: 'Erreur' });
    expect(
      decodeDetail('google.rpc.DebugInfo', buf(str(1, 'a'), str(1, 'b'), str(2, 'd'))),
    ).toEqual({
      '@type': `${PREFIX}google.rpc.DebugInfo`,
      stackEntries: ['a', 'b'],
      detail: 'd',
    });
    expect(
      decodeDetail(
        `${PREFIX}google.rpc.ResourceInfo`,
        buf(str(1, 'bucket'), str(2, 'b1'), str(3, 'me'), str(4, 'gone')),
      ),
    ).toEqual({
      '@type': `${PREFIX}google.rpc.ResourceInfo`,
      resourceType: 'bucket',
      resourceName: 'b1',
      owner: 'me',
      description: 'gone',
    });
  });

  it('PreconditionFailure and ErrorInfo metadata', () => {
    const violation = bytesOf(1, [...str(1, 'TOS'), ...str(2, 'user'), ...str(3, 'Accept')]);
    expect(decodeDetail('google.rpc.PreconditionFailure', buf(violation))).toEqual({
      '@type': `${PREFIX}google.rpc.PreconditionFailure`,
      violations: [{ type: 'TOS', subject: 'user', description: 'Accept' }],
    });
    const entry = bytesOf(3, [...str(1, 'service'), ...str(2, 'x.test')]);
    const keyless = bytesOf(3, [...str(2, 'v')]);
    const info = decodeDetail('google.rpc.ErrorInfo', buf(str(1, 'R'), entry, keyless));
    expect(info).toMatchObject({ reason: 'R' });
    expect({ ...(info['metadata'] as object) }).toEqual({ service: 'x.test', '': 'v' });
  });

  it('RetryInfo durations, with and without nanos', () => {
    const retry = (seconds: number, nanos: number) =>
      decodeDetail('google.rpc.RetryInfo', buf(bytesOf(1, [...int(1, seconds), ...int(2, nanos)])));
    expect(retry(13, 0)['retryDelay']).toBe('13s');
    expect(retry(1, 500_000_000)['retryDelay']).toBe('1.5s');
    expect(retry(0, 1)['retryDelay']).toBe('0.000000001s');
    expect(retry(2, 1_000_000_000)['retryDelay']).toBe('2s');
  });

  it('BadRequest violations with reason and localized message', () => {
    const violation = bytesOf(1, [
      ...str(1, 'name'),
      ...str(2, 'Required'),
      ...str(3, 'MISSING'),
      ...bytesOf(4, [...str(1, 'fr'), ...str(2, 'Requis')]),
    ]);
    expect(decodeDetail('google.rpc.BadRequest', buf(violation, bytesOf(1, [])))).toEqual({
      '@type': `${PREFIX}google.rpc.BadRequest`,
      fieldViolations: [
        {
          field: 'name',
          description: 'Required',
          reason: 'MISSING',
          localizedMessage: { locale: 'fr', message: 'Requis' },
        },
        {},
      ],
    });
  });

  it('keeps only the @type of an unknown type, prefixing a bare name', () => {
    expect(decodeDetail('example.com/Foo', buf(str(1, 'x')))).toEqual({
      '@type': 'example.com/Foo',
    });
    expect(decodeDetail('acme.Foo', buf(str(1, 'x')))).toEqual({ '@type': `${PREFIX}acme.Foo` });
    expect(decodeDetail('other.host/google.rpc.DebugInfo', buf(str(2, 'd')))).toEqual({
      '@type': 'other.host/google.rpc.DebugInfo',
      stackEntries: [],
      detail: 'd',
    });
  });
});

describe('decodeStatus', () => {
  it('reads code, message and each Any detail, skipping one without a type', () => {
    const any = bytesOf(3, [
      ...str(1, `${PREFIX}google.rpc.DebugInfo`),
      ...bytesOf(2, str(2, 'd')),
    ]);
    const empty = bytesOf(3, [...str(1, 'google.rpc.DebugInfo')]);
    const untyped = bytesOf(3, [...bytesOf(2, str(2, 'x'))]);
    expect(decodeStatus(buf(int(1, 5), str(2, 'not found'), any, empty, untyped))).toEqual({
      code: 5,
      message: 'not found',
      details: [
        { '@type': `${PREFIX}google.rpc.DebugInfo`, stackEntries: [], detail: 'd' },
        { '@type': `${PREFIX}google.rpc.DebugInfo`, stackEntries: [] },
      ],
    });
    expect(decodeStatus(buf(int(1, 3)))).toEqual({ code: 3, message: '', details: [] });
  });
});
