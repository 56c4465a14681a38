import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Store-ready zips from the builds in dist/: one per browser, versioned from package.json.
 * A file that has no place in a store upload (a source map, a test) fails the run.
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const webExt = resolve('node_modules/.bin/web-ext');
const FORBIDDEN = /(\.map$|\.test\.|\.spec\.|(^|\/)test\/)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const browser of ['chrome', 'firefox'] as const) {
  const source = resolve('dist', browser);
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as {
    version: string;
  };
  if (manifest.version !== version) {
    throw new Error(`${browser}: manifest version ${manifest.version} is not ${version}`);
  }
  const bad = files(source)
    .map((f) => relative(source, f))
    .filter((f) => FORBIDDEN.test(f));
  if (bad.length > 0) throw new Error(`${browser}: not for a store upload: ${bad.join(', ')}`);
  const filename = `api-error-decoder-${browser}-${version}.zip`;
  execFileSync(
    webExt,
    ['build', '-s', source, '-a', 'artifacts', '--filename', filename, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  process.stdout.write(`artifacts/${filename}\n`);
}
