/**
 * Finds where one JSON value ends in UTF-8 bytes that arrive in chunks, without parsing it:
 * brackets are counted and strings skipped with `indexOf`, which is most of a HAR's bytes.
 * The value's bytes are then handed to JSON.parse, which validates them.
 */

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

export function isJsonSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Where a value that has not ended yet stands, carried from one chunk to the next. */
export interface ScanState {
  /** 'string' when the value is a string; 'container' for an object or an array. */
  readonly kind: 'string' | 'container' | 'scalar';
  /** Open brackets of a container. */
  depth: number;
  /** Inside a string (of the value itself or nested in a container). */
  inString: boolean;
  /** The previous byte was a backslash that escapes the next one. */
  escaped: boolean;
}

/** The state right after a value's first byte, which is at `buf[at]`. */
export function startScan(first: number): ScanState {
  if (first === QUOTE) return { kind: 'string', depth: 0, inString: true, escaped: false };
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    return { kind: 'container', depth: 1, inString: false, escaped: false };
  }
  return { kind: 'scalar', depth: 0, inString: false, escaped: false };
}

/**
 * Index just past the closing quote of a string whose content goes on at `from`, or -1 when
 * the string does not end in `buf` (then `state.escaped` says how the next chunk begins).
 */
function stringEnd(buf: Uint8Array, from: number, state: ScanState): number {
  let i = from;
  if (state.escaped) {
    if (i >= buf.length) return -1;
    state.escaped = false;
    i++;
  }
  for (;;) {
    const quote = buf.indexOf(QUOTE, i);
    const stop = quote < 0 ? buf.length : quote;
    // A quote is escaped when an odd run of backslashes stands before it.
    let run = 0;
    while (stop - run > i && buf[stop - run - 1] === BACKSLASH) run++;
    if (quote < 0) {
      state.escaped = run % 2 === 1;
      return -1;
    }
    if (run % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/**
 * Scans a value that goes on at `buf[from]`. Returns the index just past its end, or -1 when
 * it goes on in the next chunk. A scalar (number, true, false, null) ends before the first
 * byte that cannot continue it, so its end is only known when that byte comes.
 */
export function scanValue(buf: Uint8Array, from: number, state: ScanState): number {
  let i = from;
  if (state.kind === 'scalar') {
    for (; i < buf.length; i++) {
      const b = buf[i] as number;
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isJsonSpace(b)) return i;
    }
    return -1;
  }
  if (state.inString) {
    const end = stringEnd(buf, i, state);
    if (end < 0) return -1;
    state.inString = false;
    if (state.kind === 'string') return end;
    i = end;
  }
  let depth = state.depth;
  const n = buf.length;
  while (i < n) {
    const b = buf[i] as number;
    if (b === QUOTE) {
      const end = stringEnd(buf, i + 1, state);
      if (end < 0) {
        state.inString = true;
        state.depth = depth;
        return -1;
      }
      i = end;
      continue;
    }
    if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      depth++;
    } else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && --depth === 0) {
      state.depth = 0;
      return i + 1;
    }
    i++;
  }
  state.depth = depth;
  return -1;
}
