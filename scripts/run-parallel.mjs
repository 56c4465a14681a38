// Runs npm scripts side by side and prints each one's output whole when it ends. The static
// steps of `npm test` (type check, lint, format check, build + web-ext lint) each use one core;
// run one after another, they left the second core of a two-core CI machine idle.
// Plain JavaScript, so that it needs no TypeScript loader to start.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs SCRIPT...');
  process.exit(2);
}

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', (e) => output.push(Buffer.from(String(e))));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> npm run ${name} (${seconds} s, exit ${code})\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

const passed = await Promise.all(names.map(run));
const failed = names.filter((_, i) => !passed[i]);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.map((n) => `npm run ${n}`).join(', ')}`);
  process.exit(1);
}
