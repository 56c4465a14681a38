/** The process wiring of the CLI: argv, stdio and the file system. The logic is in run.ts. */
import { nodeIo } from './nodeIo';
import { run } from './run';

// `decode big.har | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = run(process.argv.slice(2), nodeIo());
