import fc from 'fast-check';
import {
  all,
  fillerValue,
  freeText,
  SECRET_HEADERS,
  SECRET_KEYS,
  SECRET_PARAM_NAMES,
  url,
  word,
  type Placed,
} from './secretPlaces';
import { anySecret, b64url, jwt } from './secretValues';

/** Bodies that carry secrets: JSON at any depth, forms, multipart forms, plain text. */

const placed = <T>(value: T, ...secrets: string[]): Placed<T> => ({ value, secrets });

// ---------------------------------------------------------------------------------------------
// JSON: a value holding one secret, then wrapped in objects, arrays and JSON-in-a-string.

const secretKey = fc.constantFrom(...SECRET_KEYS);

/** `[{"name": "password", "value": …}]` (HAR), `{"key": "X-Api-Key", "value": …}` (Postman). */
const nameValueItem = fc
  .tuple(
    fc.constantFrom('name', 'key', 'Key', 'field', 'header'),
    fc.constantFrom(...SECRET_KEYS, ...SECRET_HEADERS, 'Authorization'),
    anySecret,
    fc.boolean(),
    fc.boolean(),
  )
  .map(([nameKey, name, secret, valueFirst, postman]) => {
    const value = name === 'Authorization' ? `Bearer ${secret}` : secret;
    const item: Record<string, unknown> = valueFirst
      ? { value, [nameKey]: name }
      : { [nameKey]: name, value };
    if (postman) Object.assign(item, { type: 'text', enabled: true });
    return placed<unknown>(item, secret);
  });

const holder: fc.Arbitrary<Placed<unknown>> = fc.oneof(
  fc
    .tuple(secretKey, anySecret, fc.constantFrom('string', 'object', 'array'))
    .map(([key, s, shape]) => {
      const value = shape === 'string' ? s : shape === 'object' ? { kind: 'x', value: s } : [s];
      return placed<unknown>({ [key]: value }, s);
    }),
  nameValueItem,
  nameValueItem.map((item) =>
    placed<unknown>([{ name: 'user', value: 'bob' }, item.value], ...item.secrets),
  ),
  fc
    .tuple(word, freeText)
    .map(([key, text]) => placed<unknown>({ [key]: text.value }, ...text.secrets)),
  jwt.map((j) => placed<unknown>({ data: j }, j)),
  url.map((u) => placed<unknown>({ callback: u.value }, ...u.secrets)),
);

type Wrap = 'object' | 'array' | 'string';

function wrap(value: unknown, how: Wrap, key: string, filler: string): unknown {
  if (how === 'object') return { id: filler, [key]: value };
  if (how === 'array') return [filler, value];
  return { [key]: JSON.stringify(value) }; // JSON serialized inside a JSON string
}

const nested: fc.Arbitrary<Placed<unknown>> = fc
  .tuple(
    holder,
    fc.array(
      fc.tuple(fc.constantFrom<Wrap>('object', 'object', 'array', 'string'), word, fillerValue),
      {
        maxLength: 5,
      },
    ),
  )
  .map(([h, wraps]) => {
    let value = h.value;
    let strings = 0;
    for (const [how, key, filler] of wraps) {
      // Two levels of JSON inside strings; deeper ones are not what APIs send.
      const w = how === 'string' && ++strings > 2 ? 'object' : how;
      value = wrap(value, w, key, filler);
    }
    return placed(value, ...h.secrets);
  });

export const jsonBody: fc.Arbitrary<Placed<string>> = fc
  .tuple(fc.array(nested, { minLength: 1, maxLength: 2 }), fc.constantFrom(0, 2))
  .map(([items, indent]) => {
    const first = items[0];
    const value =
      items.length === 1 && first !== undefined
        ? first.value
        : Object.fromEntries(items.map((item, i) => [`part${i}`, item.value]));
    return placed(JSON.stringify(value, null, indent), ...items.flatMap((i) => i.secrets));
  });

// ---------------------------------------------------------------------------------------------
// Forms.

const formEncode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

const formField = fc.oneof(
  fc.tuple(word, fillerValue).map(([n, v]) => placed(`${n}=${v}`)),
  fc.constantFrom('grant_type=authorization_code', 'grant_type=password').map((f) => placed(f)),
  fc
    .tuple(fc.constantFrom(...SECRET_PARAM_NAMES, 'user[password]'), anySecret)
    .map(([n, s]) => placed(`${formEncode(n)}=${formEncode(s)}`, s)),
  // URL-encoded JSON in a field, and a URL with user-info.
  jsonBody.map((j) => placed(`payload=${formEncode(j.value)}`, ...j.secrets)),
  url.map((u) => placed(`redirect_uri=${formEncode(u.value)}`, ...u.secrets)),
);

export const formBody: fc.Arbitrary<Placed<string>> = fc
  .array(formField, { minLength: 1, maxLength: 3 })
  .map((fields) => all(fields, (v) => v.join('&')));

// ---------------------------------------------------------------------------------------------
// multipart/form-data, as browsers (CRLF) or hand-written clients (LF) send it, maybe cut.

const pem = fc
  .array(b64url(40, 64), { minLength: 1, maxLength: 3 })
  .map((lines) =>
    placed(
      ['-----BEGIN PRIVATE KEY-----', ...lines, '-----END PRIVATE KEY-----'].join('\n'),
      ...lines,
    ),
  );

const part = fc.oneof(
  fc.tuple(word, fillerValue).map(([n, v]) => placed({ name: `"${n}"`, extra: '', content: v })),
  fc
    .tuple(fc.constantFrom(...SECRET_PARAM_NAMES, ...SECRET_KEYS), anySecret, fc.boolean())
    .map(([n, s, quoted]) => placed({ name: quoted ? `"${n}"` : n, extra: '', content: s }, s)),
  fc.tuple(fc.constantFrom('private_key', 'client_cert', 'key'), pem).map(([n, p]) =>
    placed(
      {
        name: `"${n}"`,
        extra: '; filename="k.pem"\nContent-Type: application/x-pem-file',
        content: p.value,
      },
      ...p.secrets,
    ),
  ),
  jsonBody.map((j) =>
    placed(
      { name: '"metadata"', extra: '\nContent-Type: application/json', content: j.value },
      ...j.secrets,
    ),
  ),
);

export const multipartBody: fc.Arbitrary<Placed<{ body: string; boundary: string }>> = fc
  .tuple(
    fc.array(part, { minLength: 1, maxLength: 3 }),
    // Fixed boundaries: a shrunk random one could spell part of a shrunk secret.
    fc.constantFrom('----WebKitFormBoundary7MA4YWxkTrZu0gW', '----formdata-undici-0260394'),
    fc.constantFrom('\r\n', '\n'),
    fc.boolean(),
  )
  .map(([parts, boundary, eol, cut]) => {
    const lines: string[] = [];
    for (const { value: p } of parts) {
      lines.push(
        `--${boundary}`,
        `Content-Disposition: form-data; name=${p.name}${p.extra}`,
        '',
        p.content,
      );
    }
    if (!cut) lines.push(`--${boundary}--`, '');
    const body = lines.join('\n').replace(/\n/g, eol);
    return placed({ body, boundary }, ...parts.flatMap((p) => p.secrets));
  });

export const textBody = freeText;

// ---------------------------------------------------------------------------------------------
// Error responses whose message is free text (what the support report quotes), with the
// request echoed back.

export interface ResponseBody {
  readonly body: string;
  readonly mimeType: string;
}

export const responseBody: fc.Arbitrary<Placed<ResponseBody>> = fc
  .tuple(
    fc.constantFrom('jsonrpc', 'graphql', 'problem', 'text', 'html'),
    freeText,
    fc.option(nested, { nil: null }),
  )
  .map(([kind, text, echo]) => {
    const secrets = [...text.secrets, ...(echo?.secrets ?? [])];
    const data = echo?.value ?? null;
    const json = (value: unknown, mimeType = 'application/json') =>
      placed<ResponseBody>({ body: JSON.stringify(value), mimeType }, ...secrets);
    if (kind === 'jsonrpc') {
      return json({ jsonrpc: '2.0', error: { code: -32001, message: text.value, data }, id: 1 });
    }
    if (kind === 'graphql') {
      return json({
        errors: [{ message: text.value, extensions: { code: 'UNAUTHENTICATED', data } }],
      });
    }
    if (kind === 'problem') {
      return json(
        {
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: text.value,
          request: data,
        },
        'application/problem+json',
      );
    }
    const echoed = data === null ? '' : `\n${JSON.stringify(data)}`;
    const body =
      kind === 'text'
        ? text.value + echoed
        : `<html><body><pre>${text.value}${echoed}</pre></body></html>`;
    return placed<ResponseBody>(
      { body, mimeType: kind === 'text' ? 'text/plain' : 'text/html' },
      ...secrets,
    );
  });
