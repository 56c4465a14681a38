import { describe, expect, it } from 'vitest';
import { connectCodeName, GRPC_STATUS_NAMES, grpcStatusName } from './statusCodes';

describe('grpcStatusName', () => {
  it('names the 17 canonical codes by number, and nothing else', () => {
    expect(GRPC_STATUS_NAMES).toHaveLength(17);
    expect(grpcStatusName(0)).toBe('OK');
    expect(grpcStatusName(1)).toBe('CANCELLED');
    expect(grpcStatusName(5)).toBe('NOT_FOUND');
    expect(grpcStatusName(14)).toBe('UNAVAILABLE');
    expect(grpcStatusName(16)).toBe('UNAUTHENTICATED');
    for (const code of [17, -1, 1.5, NaN]) expect(grpcStatusName(code), String(code)).toBeNull();
  });
});

describe('connectCodeName', () => {
  it("reads Connect's lower-snake codes, canceled with one l", () => {
    expect(connectCodeName('canceled')).toBe('CANCELLED');
    expect(connectCodeName('invalid_argument')).toBe('INVALID_ARGUMENT');
    expect(connectCodeName('unauthenticated')).toBe('UNAUTHENTICATED');
    expect(connectCodeName('resource_exhausted')).toBe('RESOURCE_EXHAUSTED');
  });

  it('takes the gRPC spelling "cancelled" too, but no upper case, no OK and no unknown word', () => {
    expect(connectCodeName('cancelled')).toBe('CANCELLED');
    for (const code of ['NOT_FOUND', 'Not_Found', 'ok', 'OK', 'teapot', '', 'CANCELED'])
      expect(connectCodeName(code), code).toBeNull();
  });
});
