import type { BodyReader } from '../pack/bodyReaders/bodyReader';
import type { TopLevelTest } from '../pack/topLevel';
import type { CatalogEntry, FieldError, FieldPointers, Header, RetryRule, Text } from '../types';

/** The fields of one error as a format's envelope holds them. */
export interface EnvelopeError {
  readonly code: string | number | null;
  readonly message: string | null;
  readonly details: unknown;
  readonly fieldErrors: readonly FieldError[];
  /** Where each field was read, for the panel to point at; see FieldPointers. */
  readonly pointers?: FieldPointers;
  /** A retry delay the body itself states (google.rpc.RetryInfo.retryDelay), in seconds. */
  readonly retryDelaySeconds?: number;
}

/** What a format found in a body it recognized. `errors` is empty for its success shape. */
export interface Envelope {
  readonly errors: readonly EnvelopeError[];
  readonly requestId: string | null;
  /** Facts the format found in the body (GraphQL partial data…), added to the decoder's notes. */
  readonly notes?: readonly Text[];
  /** A retry rule the response states (a pack's `retryOverrides`), in place of each entry's. */
  readonly retryOverride?: RetryRule;
}

/** What a format may know of the response besides its body. */
export interface RecognizeContext {
  /** The response MIME type as sent, parameters included; "" when unknown. */
  readonly mimeType: string;
  /** The response headers, for a pack that reads a code or request id from one. */
  readonly headers?: readonly Header[];
  /** The HTTP status, for a pack whose conditions test it (`httpStatus`). */
  readonly status?: number;
}

/** Codes keyed by `String(code)`: a Map, so that "__proto__" or "constructor" never match. */
export type Catalog = ReadonlyMap<string, CatalogEntry>;

/** An integer code range the document describes as a whole, such as JSON-RPC's -32099..-32000. */
export interface CodeRange {
  /** Inclusive bounds. */
  readonly min: number;
  readonly max: number;
  readonly entry: CatalogEntry;
  /**
   * `true` when the format's document lists the range itself, so its codes are known; `false`
   * for a range known only from a wider standard, whose codes stay undocumented.
   */
  readonly documented: boolean;
}

/** Requests a document says not to repeat blindly (seed 000: purchases and renewals). */
export interface CheckFirstRule {
  /** Upper-case methods whose `wait` or `backoff` advice becomes `check-first`. */
  readonly methods: readonly string[];
  readonly warning: Text;
}

/**
 * One error format, compiled from its error pack (src/core/pack/compile.ts): how to recognize
 * it, where its fields sit, and its catalog. Adding a format means adding one pack.
 */
export interface ErrorFormat {
  /** The pack's id: a built-in's, or a user pack's own (never `http` or `network`). */
  readonly id: string;
  /** A short human name for lists and tables, in every UI language. */
  readonly name: Text;
  /** Where the facts come from. */
  readonly source: string;
  /** The pack's version, as it states it. */
  readonly version: string;
  /** Host patterns (`domain:` syntax) the pack applies to; empty: every host. */
  readonly hosts: readonly string[];
  /**
   * Hosts its documentation names as the API's (`domain:` syntax): an error status there whose
   * body no format recognizes takes this format's status rules, as a pin would.
   */
  readonly apiHosts?: readonly string[];
  readonly origin: 'builtin' | 'user';
  /** Higher is tried first, so a body two formats could claim goes to the more specific one. */
  readonly specificity: number;
  /** Whether this envelope marks an error even under a 2xx status (JSON-RPC, ok:false…). */
  readonly errorOn2xx: boolean;
  /**
   * `true` when a 2xx body can be neither this format's error (not `errorOn2xx`) nor its
   * success shape (it has none): under 2xx the decoder passes it over unread.
   */
  readonly silentOn2xx?: boolean;
  /**
   * How the raw body becomes the value `recognize` reads, for a body JSON cannot read (gRPC-Web
   * frames, XML); absent: the parsed JSON body.
   */
  readonly bodyReader?: BodyReader;
  /**
   * Returns `null` when the parsed body is not this format's envelope. Never throws. `claimed`:
   * `claims` has just held for this body and context, so a generated reader may read it.
   */
  recognize(body: unknown, context?: RecognizeContext, claimed?: boolean): Envelope | null;
  readonly catalog: Catalog;
  /** `false` when codes are per-API (problem types): a code outside the catalog is no surprise. */
  readonly hasCatalog?: false;
  /** The note for a body with several errors; the decoder's default speaks of a JSON-RPC batch. */
  batchNote?(count: number): Text;
  /** HTTP statuses this document describes, keyed by "400" or by class ("5xx"). */
  readonly statuses: Catalog;
  /** Integer code ranges the catalog does not list one by one; the catalog wins over them. */
  readonly codeRanges?: readonly CodeRange[];
  /**
   * The explanation of an error whose code is missing or undocumented, when neither a range nor
   * the status explains it (an undocumented code under HTTP 200). The decoder has a default.
   */
  readonly undocumentedCode?: CatalogEntry;
  /** Codes the document shows only in an example, not in its list of codes (seed 004's 1008). */
  readonly exampleCodes?: readonly string[];
  /** Where the body's own request id sits, as the document names it ("meta.request_id"). */
  readonly requestIdField?: string;
  /** Requests not to be repeated blindly, such as seed 000's purchases and renewals. */
  readonly checkFirst?: CheckFirstRule;
  /**
   * A built-in pack's generated test of a parsed body: `false` when neither its success nor its
   * match conditions hold, so `recognize` would return `null` (see codegen/emitConditions.ts).
   */
  readonly claims?: (body: unknown, context: RecognizeContext) => boolean;
  /**
   * With `claims`: the bits (pack/topLevel.ts's namesMask) of the top-level keys of which an
   * object body must own one for the claim to hold; `undefined` when none is certain. The
   * decoder skips the claim, uncalled, when the body owns none: on mixed traffic each claim's
   * first read of a body was a lookup V8 no longer caches.
   */
  readonly claimKeys?: number;
  /** What the envelope needs of a body's top-level members (see pack/topLevel.ts). */
  readonly topLevel?: TopLevelTest;
}
