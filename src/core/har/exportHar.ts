import type { CapturedError } from '../capture/capturedError';
import type { Header } from '../types';
import { redactForHar } from './harRedaction';

/** The HAR 1.2 shapes we write (http://www.softwareishard.com/blog/har-12-spec/). */
export interface HarNameValue {
  readonly name: string;
  readonly value: string;
}

export interface HarEntry {
  readonly startedDateTime: string;
  readonly time: number;
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly httpVersion: string;
    readonly headers: readonly HarNameValue[];
    readonly queryString: readonly HarNameValue[];
    readonly cookies: readonly never[];
    readonly headersSize: -1;
    readonly bodySize: number;
    readonly postData?: { readonly mimeType: string; readonly text: string };
  };
  readonly response: {
    readonly status: number;
    readonly statusText: string;
    readonly httpVersion: string;
    readonly headers: readonly HarNameValue[];
    readonly cookies: readonly never[];
    readonly content: {
      readonly size: number;
      readonly mimeType: string;
      readonly text: string;
      readonly comment?: string;
    };
    readonly redirectURL: '';
    readonly headersSize: -1;
    readonly bodySize: number;
  };
  readonly cache: Record<string, never>;
  readonly timings: { readonly send: number; readonly wait: number; readonly receive: number };
}

export interface HarDocument {
  readonly log: {
    readonly version: '1.2';
    readonly creator: { readonly name: string; readonly version: string };
    readonly pages: readonly never[];
    readonly entries: readonly HarEntry[];
  };
}

export type Redact = (error: CapturedError) => CapturedError;

export interface HarExportOptions {
  /** Our version, for `log.creator`. */
  readonly version: string;
  /**
   * Applied to every error before it is written. Secrets are hidden unless the caller asks
   * otherwise: `null` writes everything as captured.
   */
  readonly redact?: Redact | null;
}

export const CREATOR_NAME = 'API Error Decoder';

/** UTF-8 bytes of a string, counted without encoding it (bodies may be 256 KB each). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function queryStringOf(url: string): HarNameValue[] {
  try {
    return Array.from(new URL(url).searchParams, ([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function headerOf(headers: readonly Header[], name: string): string {
  return headers.find((h) => h.name.toLowerCase() === name)?.value ?? '';
}

function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

/** One captured error as a HAR entry. What capture did not keep is written as unknown. */
export function harEntryOf(error: CapturedError): HarEntry {
  const wait = Math.max(0, error.respondedAt - error.startedAt);
  const requestBody = error.requestBody;
  return {
    startedDateTime: isoTime(error.startedAt),
    time: wait,
    request: {
      method: error.method,
      url: error.url,
      // Capture does not keep the protocol; HAR allows an empty string for unknown.
      httpVersion: '',
      headers: error.requestHeaders.map(({ name, value }) => ({ name, value })),
      queryString: queryStringOf(error.url),
      cookies: [],
      headersSize: -1,
      bodySize: requestBody === null ? 0 : utf8Length(requestBody),
      ...(requestBody === null
        ? {}
        : {
            postData: {
              mimeType: headerOf(error.requestHeaders, 'content-type'),
              text: requestBody,
            },
          }),
    },
    response: {
      status: error.status,
      statusText: '',
      httpVersion: '',
      headers: error.responseHeaders.map(({ name, value }) => ({ name, value })),
      cookies: [],
      content: {
        // Of a truncated body only its length in characters is known.
        size: error.bodyTruncated ? error.bodySize : utf8Length(error.body),
        mimeType: error.mimeType,
        text: error.body,
        ...(error.bodyTruncated
          ? {
              comment: `Truncated by API Error Decoder: ${error.body.length} of ${error.bodySize} characters kept.`,
            }
          : {}),
      },
      redirectURL: '',
      headersSize: -1,
      // The bytes on the wire (after compression) are not known.
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait, receive: 0 },
  };
}

/**
 * A HAR 1.2 document of the given errors, oldest first. Pure: the caller turns it into a file.
 * Imported rows are written like live ones, so an exported HAR imports again unchanged.
 */
export function buildHar(errors: readonly CapturedError[], options: HarExportOptions): HarDocument {
  const redact = options.redact === undefined ? redactForHar : options.redact;
  const ordered = [...errors].sort((a, b) => a.startedAt - b.startedAt);
  return {
    log: {
      version: '1.2',
      creator: { name: CREATOR_NAME, version: options.version },
      pages: [],
      entries: ordered.map((e) => harEntryOf(redact === null ? e : redact(e))),
    },
  };
}

/** `api-errors-2026-06-23T10-00-00.har`, from the local clock as the user reads it. */
export function harFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
  const time = `${p(now.getHours())}-${p(now.getMinutes())}-${p(now.getSeconds())}`;
  return `api-errors-${date}T${time}.har`;
}
