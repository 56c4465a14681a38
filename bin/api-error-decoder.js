#!/usr/bin/env node
// In a checkout, the CLI runs from its TypeScript source through tsx, so no build step is needed
// after npm ci. The npm package ships no source, only the build that `npm pack` makes.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist/lib/cli.js');
}
