import { HarEntryReader } from './harEntryReader';

/** A HAR's `log.entries`, one at a time, from its bytes in chunks. Throws HarError. */
export function* harEntriesOfChunks(chunks: Iterable<Uint8Array>): Generator<unknown, void> {
  const reader = new HarEntryReader();
  for (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.end();
}

/** The same from a stream: a Node Readable, a web ReadableStream, any async iterable of bytes. */
export async function* harEntriesOfStream(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<unknown, void> {
  const reader = new HarEntryReader();
  for await (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.end();
}
