import { isObject, type JsonObject } from '../../json/guards';
import { httpStatusEntry } from '../../http/statusCatalog';
import type { RetryAdvice } from '../../types';
import { deref, walkProperties, type FoundProperty } from './schemaWalk';

/*
 * A draft error pack from an OpenAPI 3.0/3.1 document: its error responses (4xx, 5xx, default)
 * give the envelope and the statuses, the code property's string enums and examples give the
 * catalog. A draft: a human adds meanings, actions and retry rules the spec does not state.
 */

const CODE_NAMES = ['code', 'error_code', 'errorCode', 'error', 'type', 'reason'];
const MESSAGE_NAMES = ['message', 'detail', 'error_description', 'msg', 'title', 'description'];
const FIELD_NAMES = ['field', 'param', 'pointer', 'name'];
const MAX_CODES = 10_000;

export interface DraftOptions {
  /** Host patterns for the pack; the spec's servers when absent. */
  readonly hosts?: readonly string[];
  readonly id?: string;
}

export interface Draft {
  readonly pack: JsonObject;
  /** What the draft could not find, for the human who finishes it. */
  readonly notes: readonly string[];
}

const isErrorStatus = (key: string) => /^(4|5)(\d\d|XX)$/i.test(key) || key === 'default';

/** Each operation's error responses, as [status key, response object]. */
function errorResponses(spec: JsonObject): [string, JsonObject][] {
  const out: [string, JsonObject][] = [];
  const paths = isObject(spec['paths']) ? spec['paths'] : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isObject(operation) || !isObject(operation['responses'])) continue;
      for (const [key, raw] of Object.entries(operation['responses'])) {
        const response = isErrorStatus(key) ? deref(spec, raw) : null;
        if (response !== null) out.push([key.toUpperCase(), response]);
      }
    }
  }
  return out;
}

/** The JSON schema of a response (application/json or any +json type). */
function jsonSchema(spec: JsonObject, response: JsonObject): JsonObject | null {
  const content = isObject(response['content']) ? response['content'] : {};
  for (const [type, media] of Object.entries(content)) {
    if (!/json/i.test(type) || !isObject(media)) continue;
    return deref(spec, media['schema']);
  }
  return null;
}

const firstNamed = (props: readonly FoundProperty[], names: readonly string[], type: string) =>
  names
    .map((n) => props.find((p) => p.name === n && p.schema['type'] === type))
    .find((p) => p !== undefined);

/** The most frequent value of a list, first seen first among equals. */
function mostCommon<T>(values: readonly T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, [T, number]>();
  for (const v of values) {
    const k = key(v);
    const seen = counts.get(k);
    counts.set(k, [v, (seen?.[1] ?? 0) + 1]);
  }
  let best: [T, number] | undefined;
  for (const entry of counts.values()) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** The most common value, when at least half of `total` schemas have it: a match must hold. */
function shared<T>(values: readonly T[], key: (v: T) => string, total: number): T | undefined {
  const best = mostCommon(values, key);
  if (best === undefined) return undefined;
  const count = values.filter((v) => key(v) === key(best)).length;
  return count * 2 >= total ? best : undefined;
}

interface Envelope {
  readonly code?: FoundProperty;
  readonly message?: FoundProperty;
  readonly fieldErrors?: { path: string; field: string; message: string };
  readonly required: readonly FoundProperty[];
  readonly props: readonly FoundProperty[];
}

function envelopeOf(spec: JsonObject, schema: JsonObject): Envelope {
  const props = walkProperties(spec, schema);
  const code = firstNamed(props, CODE_NAMES, 'string') ?? firstNamed(props, CODE_NAMES, 'integer');
  const message = firstNamed(props, MESSAGE_NAMES, 'string');
  let fieldErrors: Envelope['fieldErrors'];
  for (const p of props) {
    const items = p.schema['type'] === 'array' ? deref(spec, p.schema['items']) : null;
    if (items === null) continue;
    const inner = walkProperties(spec, items);
    const field = inner.find(
      (i) => FIELD_NAMES.includes(i.name) && i.pointer.split('/').length === 2,
    );
    const text = firstNamed(inner, MESSAGE_NAMES, 'string');
    if (field && text)
      fieldErrors = { path: p.pointer, field: field.pointer, message: text.pointer };
    if (fieldErrors) break;
  }
  const required = props.filter((p) => p.required && p.pointer.split('/').length === 2);
  return { code, message, fieldErrors, required, props };
}

function adviceFor(status: number): RetryAdvice {
  if (status === 401) return 'after-auth';
  if (status === 429 || status === 503) return 'wait';
  if (status >= 500) return 'backoff';
  return 'no';
}

function statusEntry(key: string, description: string) {
  const status = /^\d+$/.test(key) ? Number(key) : Number(key[0]) * 100;
  const generic = httpStatusEntry(status);
  return {
    title: description.split('\n')[0]?.slice(0, 200) || generic.title.en,
    meaning: description.slice(0, 4000) || generic.meaning.en,
    action: generic.action.en,
    retry: { advice: adviceFor(status), documented: false },
  };
}

/** String enum values and examples of the code property, over every error schema. */
function catalogCodes(envelopes: readonly Envelope[], codePointer: string | undefined): string[] {
  const codes = new Set<string>();
  for (const e of envelopes) {
    const property = e.props.find((p) => p.pointer === codePointer);
    if (property === undefined) continue;
    const { schema } = property;
    const values = [
      ...(Array.isArray(schema['enum']) ? schema['enum'] : []),
      schema['example'],
      ...(Array.isArray(schema['examples']) ? schema['examples'] : []),
    ];
    for (const v of values)
      if (typeof v === 'string' && v !== '' && codes.size < MAX_CODES) codes.add(v);
  }
  return [...codes];
}

function hostsOf(spec: JsonObject): string[] {
  const servers = Array.isArray(spec['servers']) ? spec['servers'] : [];
  const hosts = new Set<string>();
  for (const server of servers) {
    const url = isObject(server) && typeof server['url'] === 'string' ? server['url'] : '';
    try {
      const host = new URL(url).hostname;
      if (host !== '' && !host.includes('{')) hosts.add(host);
    } catch {
      // A relative or templated server URL names no host.
    }
  }
  return [...hosts];
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 64).replace(/-+$/, '') || 'api';
}

/** A draft pack from a parsed OpenAPI 3.x document. Never throws on a malformed spec. */
export function draftFromOpenApi(spec: unknown, options: DraftOptions = {}): Draft {
  const doc = isObject(spec) ? spec : {};
  const info = isObject(doc['info']) ? doc['info'] : {};
  const title = typeof info['title'] === 'string' ? info['title'] : 'API';
  const notes: string[] = [];
  if (typeof doc['openapi'] !== 'string' || !/^3\./.test(doc['openapi'])) {
    notes.push('not an OpenAPI 3.x document ("openapi" is not 3.x): the draft is mostly empty');
  }
  const responses = errorResponses(doc);
  const envelopes: Envelope[] = [];
  const descriptions = new Map<string, string>();
  for (const [key, response] of responses) {
    const description = typeof response['description'] === 'string' ? response['description'] : '';
    if (key !== 'DEFAULT' && !descriptions.has(key)) descriptions.set(key, description);
    const schema = jsonSchema(doc, response);
    if (schema !== null) envelopes.push(envelopeOf(doc, schema));
  }
  const total = envelopes.length;
  const code = shared(
    envelopes.flatMap((e) => (e.code ? [e.code] : [])),
    (p) => p.pointer,
    total,
  );
  const message = shared(
    envelopes.flatMap((e) => (e.message ? [e.message] : [])),
    (p) => p.pointer,
    total,
  );
  const fieldErrors = mostCommon(
    envelopes.flatMap((e) => (e.fieldErrors ? [e.fieldErrors] : [])),
    (f) => f.path,
  );
  const typical = shared(envelopes, (e) => e.required.map((r) => r.pointer).join(), total);
  const match = [
    ...(code ? [{ path: code.pointer, type: code.schema['type'] }] : []),
    ...(message ? [{ path: message.pointer, type: 'string' }] : []),
    ...(typical?.required ?? [])
      .filter((r) => r.pointer !== code?.pointer && r.pointer !== message?.pointer)
      .map((r) => ({ path: r.pointer, exists: true })),
  ];
  if (match.length === 0) {
    notes.push('no error response has a JSON schema with a code or message: write envelope.match');
    match.push({ path: '/message', type: 'string' });
  }
  if (!code)
    notes.push('no code property found (code, error_code, type…): the pack decodes by status');
  const codes = catalogCodes(envelopes, code?.pointer);
  if (code && codes.length === 0) {
    notes.push(`${code.pointer} has no enum or examples: add the codes the API documents`);
  }
  notes.push(
    'meanings, actions and retry rules come from HTTP defaults ("documented": false): check them',
  );
  const statusKeys = [...descriptions.keys()].filter((k) => k !== 'DEFAULT').sort();
  const hosts = options.hosts && options.hosts.length > 0 ? [...options.hosts] : hostsOf(doc);
  if (hosts.length === 0) {
    notes.push(
      'no host in servers or --host: the pack would apply to every host, before the built-ins',
    );
  }
  const pack: JsonObject = {
    $schema: 'https://github.com/api-error-decoder/api-error-decoder/schema/error-pack.schema.json',
    id: options.id ?? slug(title),
    name: title.slice(0, 4000),
    version:
      typeof info['version'] === 'string' && info['version'] !== ''
        ? info['version'].slice(0, 64)
        : '0.0.0',
    source: `OpenAPI: ${title}`.slice(0, 2000),
    hosts,
    errorOn2xx: false,
    envelope: {
      match,
      ...(code ? { code: code.pointer } : {}),
      ...(message ? { message: message.pointer } : {}),
      ...(fieldErrors
        ? {
            fieldErrors: {
              path: fieldErrors.path,
              shape: 'list',
              field: fieldErrors.field,
              message: fieldErrors.message,
            },
          }
        : {}),
    },
    codes: Object.fromEntries(
      codes.map((c) => [
        c,
        {
          title: c,
          meaning: `The API's error code ${c}.`,
          action: 'See the API documentation.',
          retry: { advice: 'no', documented: false },
        },
      ]),
    ),
    statuses: Object.fromEntries(
      statusKeys.map((k) => [k.replace('XX', 'xx'), statusEntry(k, descriptions.get(k) ?? '')]),
    ),
  };
  return { pack, notes };
}
