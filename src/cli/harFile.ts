import { HarError } from '../core/har/parseHar';
import { HarEntryReader } from '../core/har/harEntryReader';
import { PROGRESS_MIN_BYTES, startProgress } from './progress';
import { fileErrorReason, type CliIo } from './run';
import { sanitize } from './table';

/** A file opened for reading in chunks. */
export interface OpenedFile {
  /** Bytes, when known (a regular file); `null` for stdin or a pipe. */
  readonly size: number | null;
  readonly chunks: Iterable<Uint8Array>;
}

/** A HAR that could not be read, or is not a HAR; the message is `FILE: reason`, one line. */
export class HarFileError extends Error {
  override name = 'HarFileError';
}

/** An error of the file system (ENOENT, EISDIR…), as opposed to a bug of ours. */
function isFileSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

function open(io: CliIo, path: string): OpenedFile {
  if (io.openFile) return io.openFile(path);
  // Tests hand in whole texts.
  const text = io.readFile(path);
  return { size: text.length, chunks: [new TextEncoder().encode(text)] };
}

/**
 * The entries of a HAR file, read as a stream: memory holds one entry at a time, never the
 * file. Draws a progress bar on stderr for files over 50 MB when stderr is a terminal.
 * Throws HarFileError, while iterating, when the file cannot be read or is not a HAR.
 */
export function* harFileEntries(io: CliIo, path: string): Generator<unknown, void> {
  const fail = (reason: string) => new HarFileError(`${sanitize(path)}: ${reason}`);
  const now = io.now ?? Date.now;
  const reader = new HarEntryReader();
  let progress: ReturnType<typeof startProgress> | null = null;
  try {
    const file = open(io, path);
    if (io.stderrIsTTY && file.size !== null && file.size > PROGRESS_MIN_BYTES) {
      // Our own progress line draws with \r: it goes to the terminal unescaped.
      const write = io.rawStderr ?? io.stderr;
      progress = startProgress({ label: path, totalBytes: file.size, write, now });
    }
    let bytes = 0;
    for (const chunk of file.chunks) {
      bytes += chunk.length;
      yield* reader.push(chunk);
      progress?.update(bytes, reader.count);
    }
    yield* reader.end();
  } catch (error) {
    if (error instanceof HarError) throw fail(error.message);
    if (isFileSystemError(error)) throw fail(fileErrorReason(error));
    throw error;
  } finally {
    progress?.done();
  }
}
