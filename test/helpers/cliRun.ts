import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nodeIo } from '../../src/cli/nodeIo';
import { run } from '../../src/cli/run';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI in this process on real files, capturing what it prints. */
export function runCli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, {
    ...nodeIo(),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stderrIsTTY: false,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Runs the real entry point in a child process, as a CI job would, for its exit code. */
export function spawnCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/api-error-decoder.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
