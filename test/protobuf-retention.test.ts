import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a case of test/retention/retained.ts with the collector exposed. */
function retained(which: string): { retained: number; result: Record<string, unknown> } {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'test/retention/retained.ts', which],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { retained: number; result: Record<string, unknown> };
}

// A slice of a string keeps the whole string alive in V8, and the panel keeps its errors, so a
// decoded text sliced from a body keeps that body alive outside the panel's body budget.
describe('what a decoded protobuf keeps alive of its body', () => {
  it('keeps none of a 4 MB gRPC-Web body: the trailer is copied out', () => {
    const { retained: bytes, result } = retained('grpcWeb');
    expect(result).toMatchObject({
      'grpc-status': 14,
      'grpc-message': 'backend overloaded, try later',
    });
    // A sliced trailer kept 4,144,808 bytes.
    expect(bytes).toBeLessThan(1024 * 1024);
  });

  it("keeps at most 1 KB of each Connect detail's bytes", () => {
    const { retained: bytes, result } = retained('connect');
    expect(result).toMatchObject({
      code: 'INVALID_ARGUMENT',
      fieldErrors: [{ field: 'items[0].name', messages: ['is required here'] }],
    });
    // 64 details of ~4 KB: slicing from sources of up to 4 KB kept 279,384 bytes; copying
    // past 1 KB, 25,016.
    expect(bytes).toBeLessThan(100 * 1024);
  });
});
