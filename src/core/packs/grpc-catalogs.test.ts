import { describe, expect, it } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';
import { GRPC_STATUS_NAMES } from '../grpc/statusCodes';

/**
 * google-rpc, grpc-web and connect share google.rpc.Code's 17 statuses: each pack holds its own
 * copy (a pack is one file), and this test keeps the three copies saying the same thing. Only
 * grpc-web's omit the HTTP status, as gRPC-Web answers 200 whatever the status.
 */
describe('the three gRPC status catalogs', () => {
  const [google, grpcWeb, connect] = ['google-rpc', 'grpc-web', 'connect'].map(builtin);

  it('give the same texts and retry rule for each of the 17 statuses', () => {
    for (const name of GRPC_STATUS_NAMES) {
      const entry = google?.catalog.get(name);
      expect(entry, name).toBeDefined();
      const { status, ...withoutStatus } = entry ?? { status: undefined };
      expect(grpcWeb?.catalog.get(name), name).toEqual(withoutStatus);
      expect(connect?.catalog.get(name), name).toEqual(entry);
      expect(status === undefined || (status >= 200 && status <= 599), name).toBe(true);
    }
  });
});
