/**
 * The CLI's HAR reading before streaming, for comparison in bench/har-stream: the whole file
 * as one string, JSON.parse, then the same decoding and `--json` output.
 *   npx tsx bench/inMemoryDecode.ts FILE.har
 */
import { readFileSync } from 'node:fs';
import { decodeHar } from '../src/cli/decodeCommand';
import { toJson } from '../src/cli/decodeJson';

const file = process.argv[2] ?? '';
try {
  process.stdout.write(toJson(decodeHar(readFileSync(file, 'utf8'), { lang: 'en', hosts: [] })));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
