/**
 * The error pack as JSON: what `schema/error-pack.schema.json` describes and
 * `docs/error-packs.md` explains. A pack is data only; `compilePack` turns it into the
 * matcher the decoder runs.
 */
import type { RetryAdvice, RetrySchedule } from '../types';

/** A text in every UI language, or one string for all of them. */
export type PackText = string | { readonly en?: string; readonly ru?: string };

/** A JSON Pointer (RFC 6901) into the body, or `header:<Name>` for a response header. */
export type Source = string;
export type Sources = Source | readonly Source[];

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** One test of a body, a response header or the media type; all of a list must hold. */
export interface Condition {
  readonly path?: string;
  readonly header?: string;
  readonly mediaType?: string;
  /** The response's HTTP status is one of these. */
  readonly httpStatus?: readonly number[];
  readonly exists?: boolean;
  readonly equals?: unknown;
  readonly type?: JsonType;
  readonly oneOf?: readonly unknown[];
  readonly between?: readonly [number, number];
  readonly keysIn?: readonly string[];
  /** A string holding this text (a plain, case-sensitive substring: no pattern). */
  readonly contains?: string;
  readonly anyOf?: readonly Condition[];
  readonly allOf?: readonly Condition[];
  readonly not?: Condition;
  readonly atLeast?: number;
  readonly of?: readonly Condition[];
}

/** How a code is read: from the first source that gives one, then transformed. */
export interface CodeSpec {
  readonly from: Sources;
  /** `any`: a string or a finite number; `string`; `numeric`: a number or a digit string. */
  readonly as?: CodeTransform;
  /** The code when no source gives one (or gives ""). */
  readonly default?: string;
  /** A body whose code cannot be read is not this format. */
  readonly required?: boolean;
  /** Codes the response implies when its conditions hold, tried before `from`. */
  readonly cases?: readonly CodeCase[];
  /** Cuts applied in order to a string code: AWS's `ns#Type:uri` becomes `Type`. */
  readonly cut?: readonly CodeCut[];
}

/** A code the body does not carry but the response states (a 403 with no quota left). */
export interface CodeCase {
  readonly when: readonly Condition[];
  readonly code: string;
}

/** Keep the text before, or after, the first occurrence of a separator (all when absent). */
export type CodeCut = { readonly before: string } | { readonly after: string };

/** A retry rule the response states, in place of the catalog's (`Stripe-Should-Retry`). */
export interface RetryOverride {
  readonly when: readonly Condition[];
  readonly retry: PackRetry;
  /** Said once in the notes when the override applies. */
  readonly note?: PackText;
}

export type CodeTransform = 'any' | 'string' | 'numeric';

export interface DetailsField {
  readonly path: string;
  readonly type?: JsonType;
}

export interface FieldErrorsSpec {
  readonly path: string;
  /** `map`: `{field: [messages]}`; `list`: `[{field, message}]`; `auto`: either. */
  readonly shape: 'map' | 'list' | 'auto';
  /** Pointers into each list item, tried in order (default `/field` and `/message`). */
  readonly field?: Sources;
  readonly message?: Sources;
}

export interface ErrorsSpec {
  readonly path: string;
  /** Every item must meet these, or the body is not this format. */
  readonly each?: readonly Condition[];
}

export interface EnvelopeSpec {
  /** How the body is read; `json` only today (issue 11 adds named body kinds). */
  readonly body?: 'json';
  readonly match: readonly Condition[];
  /** The format's success shape: a body meeting these is a success, and no other format's. */
  readonly success?: readonly Condition[];
  readonly errors?: string | ErrorsSpec;
  readonly code?: Sources | CodeSpec;
  readonly message?: Sources;
  readonly details?: string | { readonly fields: Readonly<Record<string, DetailsField>> };
  readonly requestId?: Sources;
  readonly fieldErrors?: FieldErrorsSpec;
}

export interface PackRetry {
  readonly advice: RetryAdvice;
  /** A documented minimum delay: Retry-After may lengthen it, never shorten it. */
  readonly afterSeconds?: number;
  readonly maxAttempts?: number;
  readonly schedule?: RetrySchedule;
  /** `false`: the document gives no rule; the advice is the HTTP status's or plain caution. */
  readonly documented?: boolean;
}

export interface PackEntry {
  readonly title: PackText;
  readonly meaning: PackText;
  readonly action: PackText;
  readonly status?: number;
  readonly retry: PackRetry;
}

export interface PackRange {
  readonly min: number;
  readonly max: number;
  /** `false` for a range known from a wider standard: its codes stay undocumented. */
  readonly documented?: boolean;
  readonly entry: PackEntry;
}

export interface ErrorPack {
  readonly $schema?: string;
  readonly id: string;
  readonly name: PackText;
  readonly version: string;
  readonly source?: string;
  readonly hosts?: readonly string[];
  /** Hosts the document names as the API's: its status rules stand for bodies none reads. */
  readonly apiHosts?: readonly string[];
  readonly specificity?: number;
  readonly errorOn2xx: boolean;
  readonly envelope: EnvelopeSpec;
  readonly behaviours?: readonly string[];
  /** A named body reader (src/core/pack/bodyReaders) for bodies that are not JSON. */
  readonly bodyReader?: string;
  readonly codes?: Readonly<Record<string, PackEntry>>;
  readonly openCatalog?: boolean;
  readonly statuses?: Readonly<Record<string, PackEntry>>;
  readonly ranges?: readonly PackRange[];
  readonly undocumentedCode?: PackEntry;
  readonly exampleCodes?: readonly string[];
  readonly manyErrors?: PackText;
  readonly checkFirst?: { readonly methods: readonly string[]; readonly warning: PackText };
  readonly retryOverrides?: readonly RetryOverride[];
}
