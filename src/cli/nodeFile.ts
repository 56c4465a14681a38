import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 1024 * 1024;

/** Blocks this long before asking a non-blocking stdin again. */
const RETRY_MS = 5;

function readInto(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      // A pipe that the parent left non-blocking says "try again" instead of waiting.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS);
    }
  }
}

/**
 * A file ("-" is stdin) in chunks of 1 MB, read synchronously: the CLI reads one file at a
 * time and has nothing else to do meanwhile. The one buffer is reused; HarEntryReader copies
 * what it keeps. The file is opened on the first chunk and closed when reading stops.
 */
export function* fileChunks(path: string): Generator<Uint8Array, void> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (;;) {
      const n = readInto(fd, buffer);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
