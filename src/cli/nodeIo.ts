import { readFileSync, statSync } from 'node:fs';
import { fileChunks } from './nodeFile';
import type { CliIo } from './run';

/** The CLI's real input and output: this process's stdio and the file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    openFile: (path) => {
      // Stat first, so that a missing file is reported before any output.
      const stats = path === '-' ? null : statSync(path);
      return { size: stats?.isFile() ? stats.size : null, chunks: fileChunks(path) };
    },
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
