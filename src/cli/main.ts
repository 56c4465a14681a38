/** The process wiring of the CLI: argv, stdio and the file system. The logic is in run.ts. */
import { setFlagsFromString } from 'node:v8';
import { nodeIo } from './nodeIo';
import { run } from './run';

// HARs stream through, but the retry audit keeps a record per entry until the end. V8 lets the
// old generation grow to 4 times the live data between full collections, which put `diff` of
// two 1 GB HARs anywhere from 370 to 520 MB; 1.5 times keeps it near 290 MB, at no CPU cost
// that bench:har or bench:cli can see.
setFlagsFromString('--heap-growing-percent=50');

// `decode big.har | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = run(process.argv.slice(2), nodeIo());
