/**
 * The library's public type surface, held by the compiler: `npm run typecheck` checks it against
 * the source, and test/lib/package.test.ts against the packed tarball's .d.ts (Node16
 * resolution, as a user's project has it). A change that breaks a line here breaks callers:
 * it is a semver-major change. Additions are minor: add them here too.
 */
import {
  decode,
  decodeHar,
  decodeHarStream,
  HarError,
  packs,
  loadPack,
  type DecodedExchange,
  type Explanation,
  type FieldError,
  type DecodeHarOptions,
  type DecodeOptions,
  type BuiltinFormatId,
  type ExchangeInput,
  type FormatId,
  type HarDecoding,
  type HarDocument,
  type HarRow,
  type HeadersInput,
  type Lang,
  type PackId,
  type PackInfo,
  type LoadedPack,
  type UserPack,
  type RateLimit,
  type RateLimitPolicy,
  type RateLimitSource,
  type RetryAdvice,
  type RetryAfterSource,
  type RetrySchedule,
  type RetrySummary,
  type Violation,
  type ViolationKind,
} from 'api-error-decoder';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function holds<T extends true>(): T | undefined {
  return undefined;
}

// The functions and what they take and give.
holds<Equal<Parameters<typeof decode>, [ExchangeInput, DecodeOptions?]>>();
holds<Equal<ReturnType<typeof decode>, DecodedExchange | null>>();
holds<
  Equal<Parameters<typeof decodeHar>, [string | Uint8Array | HarDocument, DecodeHarOptions?]>
>();
holds<Equal<ReturnType<typeof decodeHar>, HarDecoding>>();
holds<Equal<Parameters<typeof decodeHarStream>, [AsyncIterable<Uint8Array>, DecodeHarOptions?]>>();
holds<Equal<ReturnType<typeof decodeHarStream>, Promise<HarDecoding>>>();
holds<Equal<typeof packs, readonly PackInfo[]>>();

// The vocabularies.
holds<Equal<Lang, 'en' | 'ru'>>();
holds<
  Equal<
    BuiltinFormatId,
    | 'ok-flag'
    | 'state-meta'
    | 'success-flag'
    | 'jsonrpc'
    | 'numeric-code'
    | 'problem-json'
    | 'graphql'
    | 'google-rpc'
    | 'grpc-web'
    | 'connect'
    | 'stripe'
    | 'github'
    | 'odata'
    | 'aws-json'
    | 'aws-xml'
    | 'slack'
  >
>();
// A user pack's id is any string: the built-in ids stay in the type for completion.
holds<Equal<FormatId, BuiltinFormatId | 'http' | 'network' | (string & {})>>();
holds<Equal<PackId, BuiltinFormatId | (string & {})>>();
holds<Equal<PackId, Exclude<FormatId, 'http' | 'network'>>>();
holds<Equal<RetryAdvice, 'no' | 'after-auth' | 'wait' | 'backoff' | 'check-first'>>();
holds<
  Equal<
    ViolationKind,
    'retried-non-retryable' | 'retried-too-early' | 'too-many-attempts' | 'blind-retry'
  >
>();

// The shapes, field by field.
holds<
  Equal<
    ExchangeInput,
    {
      readonly url: string;
      readonly method?: string;
      readonly status: number;
      readonly requestHeaders?: HeadersInput;
      readonly responseHeaders?: HeadersInput;
      readonly body?: string | null;
      readonly bodyEncoding?: 'plain' | 'base64';
      readonly mimeType?: string;
      readonly startedAt?: Date | number;
    }
  >
>();
holds<
  Equal<
    HeadersInput,
    | readonly { readonly name: string; readonly value: string }[]
    | Readonly<Record<string, string | readonly string[] | undefined>>
  >
>();
holds<
  Equal<
    DecodeOptions,
    { readonly lang?: Lang; readonly pin?: PackId; readonly packs?: readonly UserPack[] }
  >
>();
holds<
  Equal<
    RetrySummary,
    {
      readonly advice: RetryAdvice;
      readonly afterSeconds: number | null;
      readonly maxAttempts: number | null;
      readonly schedule: RetrySchedule | null;
      readonly documented: boolean;
      readonly warning: string | null;
      readonly afterSource: RetryAfterSource | null;
    }
  >
>();
holds<
  Equal<
    RetryAfterSource,
    'retry-after' | 'retry-info' | 'ratelimit' | 'x-ratelimit-reset' | 'documented'
  >
>();
holds<
  Equal<
    RetrySchedule,
    | { readonly kind: 'range'; readonly minSeconds: number; readonly maxSeconds: number }
    | { readonly kind: 'exponential'; readonly base?: number }
  >
>();
holds<
  Equal<
    Explanation,
    {
      readonly message: string | null;
      readonly meaning: string | null;
      readonly action: string | null;
      readonly rateLimit: RateLimit | null;
      readonly fieldErrors: readonly FieldError[];
      readonly notes: readonly string[];
    }
  >
>();
holds<
  Equal<
    RateLimit,
    {
      readonly limit: number | null;
      readonly remaining: number | null;
      readonly resetAt: number | null;
      readonly resetKind: 'epoch' | 'delay' | null;
      readonly policies: readonly RateLimitPolicy[];
    }
  >
>();
holds<
  Equal<RateLimitSource, 'ratelimit' | 'ratelimit-draft07' | 'ratelimit-draft06' | 'x-ratelimit'>
>();
holds<
  Equal<
    RateLimitPolicy,
    {
      readonly source: RateLimitSource;
      readonly name: string | null;
      readonly quota: number | null;
      readonly unit: string;
      readonly windowSeconds: number | null;
      readonly remaining: number | null;
      readonly resetSeconds: number | null;
      readonly partitionKey: string | null;
    }
  >
>();
holds<Equal<FieldError, { readonly field: string; readonly messages: readonly string[] }>>();
holds<
  Equal<
    DecodedExchange,
    {
      readonly url: string;
      readonly method: string;
      readonly status: number;
      readonly format: FormatId;
      readonly code: string | number | null;
      readonly known: boolean;
      readonly title: string;
      readonly retry: RetrySummary;
      readonly requestId: string | null;
      readonly message: string | null;
      readonly meaning: string | null;
      readonly action: string | null;
      readonly rateLimit: RateLimit | null;
      readonly fieldErrors: readonly FieldError[];
      readonly notes: readonly string[];
    }
  >
>();
holds<Equal<Violation, { readonly kind: ViolationKind; readonly retryOf: number }>>();
holds<
  Equal<
    HarRow,
    {
      readonly entry: number;
      readonly url: string;
      readonly method: string;
      readonly status: number;
      readonly format: FormatId | null;
      readonly code: string | number | null;
      readonly known: boolean;
      readonly title: string | null;
      readonly retry: RetrySummary | null;
      readonly requestId: string | null;
      readonly violations: readonly Violation[];
      readonly message: string | null;
      readonly meaning: string | null;
      readonly action: string | null;
      readonly rateLimit: RateLimit | null;
      readonly fieldErrors: readonly FieldError[];
      readonly notes: readonly string[];
    }
  >
>();
holds<
  Equal<
    DecodeHarOptions,
    {
      readonly lang?: Lang;
      readonly hosts?: readonly string[];
      readonly pins?: readonly { readonly host: string; readonly format: PackId }[];
      readonly packs?: readonly UserPack[];
    }
  >
>();
holds<
  Equal<
    HarDecoding,
    { readonly errors: readonly HarRow[]; readonly entries: number; readonly matched: number }
  >
>();
holds<Equal<HarDocument, { readonly log: { readonly entries: readonly unknown[] } }>>();
holds<
  Equal<
    PackInfo,
    {
      readonly id: PackId;
      readonly name: string;
      readonly source: string;
      readonly codes: number;
      readonly version: string;
      readonly hosts: readonly string[];
      readonly origin: 'builtin' | 'user';
    }
  >
>();
holds<Equal<UserPack, { readonly info: PackInfo }>>();
holds<
  Equal<
    LoadedPack,
    | { readonly ok: true; readonly pack: UserPack }
    | { readonly ok: false; readonly problems: readonly string[] }
  >
>();
holds<Equal<Parameters<typeof loadPack>, [unknown]>>();
holds<Equal<ReturnType<typeof loadPack>, LoadedPack>>();

// HarError is a class callers can catch and read the reason of.
export function reasonOf(error: unknown): 'not-json' | 'not-har' | null {
  return error instanceof HarError && error instanceof Error ? error.reason : null;
}

// Calls as the documentation shows them.
export const decoded = decode(
  {
    url: 'https://api.example.com/v1/orders',
    method: 'POST',
    status: 429,
    responseHeaders: { 'content-type': 'application/json', 'retry-after': '20' },
    body: '{"success":false,"data":null,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"x"}}',
  },
  { lang: 'ru' },
);
export const fromHar = decodeHar({ log: { entries: [] } }, { hosts: ['*.example.com'] });
const loaded = loadPack('{"id": "acme", "name": "ACME", "version": "1", "errorOn2xx": false}');
export const withPack = loaded.ok
  ? decode({ url: 'https://api.acme.example/', status: 400 }, { packs: [loaded.pack] })
  : loaded.problems.join('\n');

// @ts-expect-error: a status is required.
decode({ url: 'https://api.example.com/' });
// @ts-expect-error: packs is read-only.
packs.push(packs[0]);
