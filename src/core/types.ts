/** Shared shapes of the pure decoding core. Nothing here touches a browser API. */

export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** A text we wrote ourselves, in every UI language. */
export type Text = Readonly<Record<Lang, string>>;

export type Header = { readonly name: string; readonly value: string };

/** One captured HTTP exchange, as DevTools or a HAR file gives it. */
export interface Exchange {
  readonly url: string;
  readonly method: string;
  readonly status: number;
  readonly requestHeaders: readonly Header[];
  readonly responseHeaders: readonly Header[];
  /** Response body text; `null` when the browser gave none. */
  readonly body: string | null;
  readonly bodyEncoding?: 'plain' | 'base64';
  readonly mimeType?: string;
  /** When the request started, in ms since the epoch. */
  readonly startedAt: number;
}

export type FormatId =
  | 'ok-flag'
  | 'state-meta'
  | 'success-flag'
  | 'jsonrpc'
  | 'numeric-code'
  | 'problem-json'
  | 'graphql'
  | 'http';

export type RetryAdvice = 'no' | 'after-auth' | 'wait' | 'backoff' | 'check-first';
export const RETRY_ADVICES: readonly RetryAdvice[] = [
  'no',
  'after-auth',
  'wait',
  'backoff',
  'check-first',
];

/** A documented delay pattern between attempts. */
export type RetrySchedule =
  | { readonly kind: 'range'; readonly minSeconds: number; readonly maxSeconds: number }
  | { readonly kind: 'exponential'; readonly base: number };

/** A retry rule as a document states it, before the response's headers are applied. */
export interface RetryRule {
  readonly advice: RetryAdvice;
  /** A documented fixed delay before the first retry, in seconds. */
  readonly delaySeconds?: number;
  readonly maxAttempts?: number;
  readonly schedule?: RetrySchedule;
  /** Honour `Retry-After` when the response carries it. */
  readonly useRetryAfter?: boolean;
}

export interface Retry {
  readonly advice: RetryAdvice;
  readonly afterSeconds: number | null;
  readonly maxAttempts: number | null;
  readonly schedule: RetrySchedule | null;
  /** Where `afterSeconds` came from. */
  readonly afterSource: 'retry-after' | 'documented' | null;
  /** Extra guidance attached by a format, such as ok-flag's "check balance first". */
  readonly warning: Text | null;
}

export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

export interface RateLimit {
  readonly limit: number | null;
  readonly remaining: number | null;
  /** Unix time in seconds when the window resets, as sent. */
  readonly resetAt: number | null;
}

/** What a format's catalog says of one documented code or status. */
export interface CatalogEntry {
  readonly title: Text;
  readonly meaning: Text;
  readonly action: Text;
  readonly retry: RetryRule;
  /** The HTTP status the document pairs with this code, when it does. */
  readonly status?: number;
}

/**
 * Where a format read an error's fields, as RFC 6901 JSON Pointers into the parsed body: plain
 * data (the shape error packs will declare), so the panel can show each field in the body.
 */
export interface FieldPointers {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  /** The map or list the field errors came from. */
  readonly fieldErrors?: string;
}

/** One error inside a response (a JSON-RPC batch may hold several). */
export interface DecodedItem {
  readonly code: string | number | null;
  readonly known: boolean;
  readonly message: string | null;
  readonly details: unknown;
  readonly fieldErrors: readonly FieldError[];
  readonly title: Text;
  readonly meaning: Text;
  readonly action: Text;
  readonly retry: Retry;
  /** Where in the body the format read this error's fields; absent when no format did. */
  readonly pointers?: FieldPointers;
}

export interface DecodedError extends DecodedItem {
  readonly format: FormatId;
  readonly status: number;
  /** What the HTTP status means on its own, whatever the body says. */
  readonly httpMeaning: Text;
  readonly requestId: string | null;
  readonly rateLimit: RateLimit | null;
  /** Facts worth a second look: an unexpected status, an oversized body, the Allow header. */
  readonly notes: readonly Text[];
  /** Every error of a JSON-RPC batch; the fields above describe the first one. */
  readonly batch: readonly DecodedItem[];
}
