import { HarError } from './parseHar';
import { EntryGuesser } from './entryGuesser';
import { isJsonSpace, QUOTE, scanValue, startScan, type ScanState } from './jsonScan';

/**
 * Reads `log.entries` of a HAR from UTF-8 chunks, one entry at a time, so that a HAR of any
 * size (even past V8's longest string, ~512 MB) is read in the memory of its largest entry.
 * The skeleton around the entries (the root object, `log`, their keys) is tokenized here;
 * every other value is cut out by `scanValue` and checked by JSON.parse, so a file that
 * JSON.parse would refuse is refused here too, as "not JSON".
 *
 * Most entries skip the scanner: EntryGuesser cuts them where the separator between entries
 * recurs, and JSON.parse proves the cut right; on a wrong cut the scanner reads the entry.
 */

type Level = 'root' | 'top' | 'log' | 'entries' | 'after';
type Expect = 'value' | 'value-or-end' | 'key-or-end' | 'key' | 'colon' | 'comma-or-end';
/** What a cut-out value is for. */
type Purpose = 'key' | 'skip' | 'entry' | 'root';

interface Capture {
  readonly purpose: Purpose;
  readonly scan: ScanState;
  /** Bytes of the value from earlier chunks. */
  readonly parts: Uint8Array[];
  /** Where the value starts in the current chunk. */
  start: number;
}

const BOM = [0xef, 0xbb, 0xbf];
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A copy: Node's Buffer#slice, unlike Uint8Array's, shares the memory it slices. */
function copy(bytes: Uint8Array, from = 0): Uint8Array {
  return new Uint8Array(bytes.subarray(from));
}

const notJson = () => new HarError('not JSON', 'not-json');

export class HarEntryReader {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private level: Level = 'root';
  private expect: Expect = 'value';
  private key = '';
  private capture: Capture | null = null;
  private sawLog = false;
  private sawEntries = false;
  /** Leading bytes held back until it is known whether they are a byte order mark. */
  private head: Uint8Array | null = new Uint8Array(0);
  private out: unknown[] = [];
  /** Reads the entries that it can without the scanner. */
  readonly guesser = new EntryGuesser();
  /** Entries read so far. */
  count = 0;

  /**
   * Feeds the next chunk; returns the entries it completed. Throws HarError. The reader keeps
   * copies of what it still needs, so the caller may reuse the chunk's memory.
   */
  push(chunk: Uint8Array): unknown[] {
    let buf = chunk;
    if (this.head !== null) {
      const joined = this.head.length > 0 ? concat([this.head, chunk]) : chunk;
      if (joined.length < BOM.length && joined.every((b, i) => b === BOM[i])) {
        this.head = copy(joined);
        return [];
      }
      this.head = null;
      buf = BOM.every((b, i) => joined[i] === b) ? joined.subarray(BOM.length) : joined;
    }
    this.feed(buf);
    const done = this.out;
    this.out = [];
    return done;
  }

  /** Says the file ended; returns the entries still pending. Throws HarError. */
  end(): unknown[] {
    if (this.head !== null) {
      const held = this.head;
      this.head = null;
      this.feed(held);
    }
    const capture = this.capture;
    if (capture?.scan.kind === 'scalar') {
      capture.start = 0;
      this.finish(capture, new Uint8Array(0), 0);
    }
    if (this.capture !== null || this.level !== 'after') throw notJson();
    if (!this.sawEntries) throw new HarError('not a HAR file (no log.entries array)', 'not-har');
    const done = this.out;
    this.out = [];
    return done;
  }

  private feed(buf: Uint8Array): void {
    let i = 0;
    this.guesser.startChunk();
    const capture = this.capture;
    if (capture !== null) {
      capture.start = 0;
      const end = scanValue(buf, 0, capture.scan);
      if (end < 0) {
        capture.parts.push(copy(buf));
        return;
      }
      i = this.finish(capture, buf, end);
    }
    while (i < buf.length) {
      if (this.expect === 'value' && this.level === 'entries' && this.guesser.ready(i)) {
        const next = this.guesser.guess(buf, i, this.out);
        if (next >= 0) {
          this.count++;
          i = next;
          continue;
        }
      }
      i = this.step(buf, i);
    }
  }

  /** Handles the skeleton byte at `buf[i]`; returns where to go on. */
  private step(buf: Uint8Array, i: number): number {
    const b = buf[i] as number;
    if (isJsonSpace(b)) return i + 1;
    if (this.level === 'after') throw notJson();
    switch (this.expect) {
      case 'value':
        return this.value(buf, i, b);
      case 'value-or-end':
        return b === 0x5d ? this.close(i) : this.value(buf, i, b);
      case 'key-or-end':
      case 'key':
        if (b === QUOTE) return this.cut(buf, i, 'key');
        if (b === 0x7d && this.expect === 'key-or-end') return this.close(i);
        throw notJson();
      case 'colon':
        if (b !== 0x3a) throw notJson();
        this.expect = 'value';
        return i + 1;
      case 'comma-or-end':
        if (b === 0x2c) {
          this.expect = this.level === 'entries' ? 'value' : 'key';
          return i + 1;
        }
        if (b === (this.level === 'entries' ? 0x5d : 0x7d)) return this.close(i);
        throw notJson();
    }
  }

  private value(buf: Uint8Array, i: number, b: number): number {
    if (this.level === 'root') {
      if (b !== OPEN_BRACE) return this.cut(buf, i, 'root');
      this.level = 'top';
      this.expect = 'key-or-end';
      return i + 1;
    }
    if (this.level === 'top' && this.key === 'log' && b === OPEN_BRACE && !this.sawLog) {
      this.sawLog = true;
      this.level = 'log';
      this.expect = 'key-or-end';
      return i + 1;
    }
    if (this.level === 'log' && this.key === 'entries' && b === OPEN_BRACKET && !this.sawEntries) {
      this.sawEntries = true;
      this.level = 'entries';
      this.expect = 'value-or-end';
      return i + 1;
    }
    return this.cut(buf, i, this.level === 'entries' ? 'entry' : 'skip');
  }

  /** `}` or `]` of a skeleton level. */
  private close(i: number): number {
    const outer: Record<Level, Level> = {
      root: 'after',
      top: 'after',
      log: 'top',
      entries: 'log',
      after: 'after',
    };
    this.level = outer[this.level];
    this.expect = 'comma-or-end';
    return i + 1;
  }

  /** Starts cutting out the value whose first byte is `buf[i]`. */
  private cut(buf: Uint8Array, i: number, purpose: Purpose): number {
    if (purpose === 'entry') this.guesser.entryStarts(buf, i);
    const scan = startScan(buf[i] as number);
    const capture: Capture = { purpose, scan, parts: [], start: i };
    const end = scanValue(buf, scan.kind === 'scalar' ? i : i + 1, scan);
    if (end < 0) {
      capture.parts.push(copy(buf, i));
      this.capture = capture;
      return buf.length;
    }
    return this.finish(capture, buf, end);
  }

  /** The value ended at `end` in `buf`: parse it and act on it. */
  private finish(capture: Capture, buf: Uint8Array, end: number): number {
    this.capture = null;
    capture.parts.push(buf.subarray(capture.start, end));
    let value: unknown;
    try {
      value = JSON.parse(this.decoder.decode(concat(capture.parts)));
    } catch (error) {
      if (error instanceof RangeError && capture.purpose === 'entry') {
        throw new HarError(`entry ${this.count} is too large to read as text`, 'not-json');
      }
      throw notJson();
    }
    switch (capture.purpose) {
      case 'key':
        this.key = typeof value === 'string' ? value : '';
        this.expect = 'colon';
        return end;
      case 'entry':
        this.out.push(value);
        this.count++;
        this.guesser.entryEnded(end);
        break;
      case 'root':
        this.level = 'after';
        break;
      case 'skip':
        break;
    }
    this.expect = 'comma-or-end';
    return end;
  }
}
