import type {
  CatalogEntry,
  Exchange,
  FieldError,
  FieldPointers,
  FormatId,
  RetryRule,
  Text,
} from '../types';

/** The fields of one error as a format's envelope holds them. */
export interface EnvelopeError {
  readonly code: string | number | null;
  readonly message: string | null;
  readonly details: unknown;
  readonly fieldErrors: readonly FieldError[];
  /** Where each field was read, for the panel to point at; see FieldPointers. */
  readonly pointers?: FieldPointers;
}

/** What a format found in a body it recognized. `errors` is empty for its success shape. */
export interface Envelope {
  readonly errors: readonly EnvelopeError[];
  readonly requestId: string | null;
  /** Facts the format found in the body (GraphQL partial data…), added to the decoder's notes. */
  readonly notes?: readonly Text[];
}

/** What a format may know of the response besides its body. */
export interface RecognizeContext {
  /** The response MIME type as sent, parameters included; "" when unknown. */
  readonly mimeType: string;
}

/** Codes keyed by `String(code)`: a Map, so that "__proto__" or "constructor" never match. */
export type Catalog = ReadonlyMap<string, CatalogEntry>;

/**
 * One documented error format: how to recognize it, where its fields sit, and its catalog.
 * Adding a format means adding one module that exports one of these, and registering it.
 */
export interface ErrorFormat {
  readonly id: Exclude<FormatId, 'http'>;
  /** A short human name for lists and tables. */
  readonly name: string;
  /** Where the facts come from. */
  readonly source: string;
  /** Higher is tried first, so a body two formats could claim goes to the more specific one. */
  readonly specificity: number;
  /** Whether this envelope marks an error even under a 2xx status (JSON-RPC, ok:false…). */
  readonly errorOn2xx: boolean;
  /** Returns `null` when the parsed body is not this format's envelope. Must never throw. */
  recognize(body: unknown, context?: RecognizeContext): Envelope | null;
  readonly catalog: Catalog;
  /** `false` when codes are per-API (problem types): a code outside the catalog is no surprise. */
  readonly hasCatalog?: false;
  /** The note for a body with several errors; the decoder's default speaks of a JSON-RPC batch. */
  batchNote?(count: number): Text;
  /** HTTP statuses this document describes, keyed by "400" or by class ("5xx"). */
  readonly statuses: Catalog;
  /** Text for a code outside the catalog, such as a JSON-RPC reserved range. */
  describeUnknown?(code: string | number): CatalogEntry | null;
  /** Adjusts a rule to the request, such as a purchase that must not be repeated blindly. */
  adjustRetry?(rule: RetryRule, exchange: Exchange): { rule: RetryRule; warning: Text | null };
}

export function catalogOf(entries: Record<string, CatalogEntry>): Catalog {
  return new Map(Object.entries(entries));
}
