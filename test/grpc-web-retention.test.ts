import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('a decoded gRPC-Web status', () => {
  it('keeps none of its body alive: the trailer is copied out of the decoded bytes', () => {
    // A slice of a string keeps the whole string alive in V8: a trailer value sliced from a
    // 4 MB body kept 4 MB per error in the panel, past its body budget.
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'test/retention/grpcWebTrailer.ts'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    const { retained, status } = JSON.parse(run.stdout) as {
      retained: number;
      status: Record<string, unknown>;
    };
    expect(status).toMatchObject({
      'grpc-status': 14,
      'grpc-message': 'backend overloaded, try later',
    });
    expect(retained).toBeLessThan(1024 * 1024);
  });
});
