import { harDecoder, type DecodeReport } from '../cli/decodeCommand';
import { jsonErrors } from '../cli/decodeJson';
import { isObject, own } from '../core/json/guards';
import { harEntries, HarError } from '../core/har/parseHar';
import { harEntriesOfChunks, harEntriesOfStream } from '../core/har/readHarChunks';
import { packSetOf } from './userPacks';
import type { DecodeHarOptions, HarDecoding, HarDocument } from './types';

function decoderFor(options: DecodeHarOptions) {
  return harDecoder({
    lang: options.lang ?? 'en',
    hosts: options.hosts ?? [],
    pins: options.pins ?? [],
    packs: packSetOf(options.packs),
  });
}

function decoding(report: DecodeReport): HarDecoding {
  return { errors: jsonErrors(report), entries: report.entries, matched: report.matched };
}

function entriesOf(har: string | Uint8Array | HarDocument): Iterable<unknown> {
  if (typeof har === 'string') return harEntries(har);
  // Bytes are read as a stream, so a HAR larger than the longest string still decodes.
  if (har instanceof Uint8Array) return harEntriesOfChunks([har]);
  const log = isObject(har) ? own(har, 'log') : undefined;
  const entries = isObject(log) ? own(log, 'entries') : undefined;
  if (!Array.isArray(entries)) {
    throw new HarError('not a HAR file (no log.entries array)', 'not-har');
  }
  return entries;
}

/**
 * Decodes a whole HAR, given as its text, its UTF-8 bytes or the parsed document: every error
 * exchange as `decode --json` prints it, with the retry audit. Throws HarError when the input
 * is not JSON or not a HAR.
 */
export function decodeHar(
  har: string | Uint8Array | HarDocument,
  options: DecodeHarOptions = {},
): HarDecoding {
  const decoder = decoderFor(options);
  for (const entry of entriesOf(har)) decoder.add(entry);
  return decoding(decoder.report());
}

/**
 * The same, from a stream of UTF-8 bytes (`fs.createReadStream(path)`, a fetch body, any
 * async iterable of chunks), holding one entry at a time in memory: a HAR of any size.
 */
export async function decodeHarStream(
  stream: AsyncIterable<Uint8Array>,
  options: DecodeHarOptions = {},
): Promise<HarDecoding> {
  const decoder = decoderFor(options);
  for await (const entry of harEntriesOfStream(stream)) decoder.add(entry);
  return decoding(decoder.report());
}
