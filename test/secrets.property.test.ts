import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportFromHar } from '../src/cli/reportCommand';
import { DEFAULT_BODY_LIMIT, toCapturedError } from '../src/core/capture/capturedError';
import { decode } from '../src/core/decode';
import { buildHar } from '../src/core/har/exportHar';
import { supportReport, toCurl } from '../src/core/report/index';
import type { Exchange, Header } from '../src/core/types';
import { formBody, jsonBody, multipartBody, responseBody, textBody } from './helpers/secretBodies';
import { all, requestHeader, responseHeader, url, type Placed } from './helpers/secretPlaces';
import { CONTROL_ESCAPE, leakWindows, password } from './helpers/secretValues';
import { escapeControls } from '../src/core/text/controlChars';

/**
 * Issue 9 acceptance: requests and responses with secrets placed anywhere a client or server
 * puts them (headers, query, user-info, JSON at any depth, name/value lists, forms, multipart
 * parts, free text), in the spellings an imported HAR may hold. No secret value, nor any part
 * of one, may show in what leaves the panel: the support report (en, ru), the cURL command
 * (panel and command line) and the exported HAR.
 */

// Mutation testing (vitest.stryker.config.ts) runs it once per mutant, with fewer runs.
const RUNS = Number(process.env.SECRETS_PROPERTY_RUNS ?? 10_000);

interface Body {
  readonly text: string;
  readonly contentType: string;
  /** A form body may reach the command line as HAR `postData.params` instead of text. */
  readonly params: boolean;
}

const requestBody: fc.Arbitrary<Placed<Body | null>> = fc.oneof(
  fc.constant({ value: null, secrets: [] }),
  jsonBody.map((b) => ({
    ...b,
    value: { text: b.value, contentType: 'application/json', params: false },
  })),
  fc.tuple(formBody, fc.boolean()).map(([b, params]) => ({
    ...b,
    value: { text: b.value, contentType: 'application/x-www-form-urlencoded', params },
  })),
  multipartBody.map((b) => ({
    ...b,
    value: {
      text: b.value.body,
      contentType: `multipart/form-data; boundary=${b.value.boundary}`,
      params: false,
    },
  })),
  textBody.map((b) => ({
    ...b,
    value: { text: b.value, contentType: 'text/plain', params: false },
  })),
);

interface SecretRequest {
  readonly exchange: Exchange;
  readonly body: Body | null;
  readonly host: string;
}

const secretRequest: fc.Arbitrary<Placed<SecretRequest>> = fc
  .tuple(
    fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
    url,
    fc.array(requestHeader, { maxLength: 3 }),
    requestBody,
    fc.constantFrom(400, 401, 403, 422, 429, 500, 503),
    responseBody,
    fc.array(responseHeader, { maxLength: 2 }),
  )
  .map(([method, u, reqHeaders, body, status, response, resHeaders]) => {
    const requestHeaders: Header[] = reqHeaders.map((h) => h.value);
    if (body.value !== null)
      requestHeaders.push({ name: 'Content-Type', value: body.value.contentType });
    const exchange: Exchange = {
      url: u.value,
      method,
      status,
      requestHeaders,
      responseHeaders: [
        { name: 'Content-Type', value: response.value.mimeType },
        ...resHeaders.map((h) => h.value),
      ],
      body: response.value.body,
      bodyEncoding: 'plain',
      mimeType: response.value.mimeType,
      startedAt: Date.parse('2026-06-23T10:00:00Z'),
    };
    const host = /(api\.example\.com|h\.example|localhost)/.exec(u.value)?.[1] ?? '';
    const parts: Placed<unknown>[] = [u, ...reqHeaders, body, response, ...resHeaders];
    return all(parts, () => ({ exchange, body: body.value, host }));
  });

/** The request as an imported HAR entry holds it, for the command line. */
function harEntry({ exchange, body }: SecretRequest): unknown {
  const postData =
    body === null
      ? undefined
      : body.params
        ? {
            mimeType: body.contentType,
            params: Array.from(new URLSearchParams(body.text), ([name, value]) => ({
              name,
              value,
            })),
          }
        : { mimeType: body.contentType, text: body.text };
  return {
    startedDateTime: '2026-06-23T10:00:00.000Z',
    request: {
      method: exchange.method,
      url: exchange.url,
      headers: exchange.requestHeaders,
      postData,
    },
    response: {
      status: exchange.status,
      headers: exchange.responseHeaders,
      content: { mimeType: exchange.mimeType, text: exchange.body },
    },
  };
}

/** Everything that leaves the panel or the command line for this request. */
function outputs(request: SecretRequest): [what: string, text: string][] {
  const { exchange, body } = request;
  const decoded = decode(exchange);
  if (decoded === null) throw new Error(`HTTP ${exchange.status} not decoded as an error`);
  const captured = toCapturedError(1, exchange, exchange.body ?? '', decoded, {
    bodyLimit: DEFAULT_BODY_LIMIT,
    requestBody: body?.text ?? null,
  });
  const out: [string, string][] = [
    ['report en', supportReport(captured, 'en')],
    ['report ru', supportReport(captured, 'ru')],
    ['cURL', toCurl(captured)],
    ['HAR export', JSON.stringify(buildHar([captured], { version: 'test' }))],
  ];
  if (body?.params) {
    const cli = reportFromHar([harEntry(request)], { entry: 0, lang: 'en', curl: true });
    out.push(['report --curl', cli.ok ? cli.text : cli.reason]);
  }
  return out;
}

const decodeEscapes = (text: string) =>
  text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });

/**
 * An output as a reader would take a secret from it: as printed, then with shell quoting,
 * `\xNN` control escapes and the tabs or line breaks a URL parser drops undone, then each level
 * of JSON escapes and of percent-encoding undone in turn (JSON in a form field in a HAR, a
 * password in a URL in a parameter of a URL), every step kept: a secret may hold a `\`.
 */
function views(text: string): string[] {
  let plain = text
    .replace(/'\\''/g, "'")
    .replace(/\\x0[9ad]/gi, '')
    .replace(/[\t\r\n]/g, '');
  const out = plain === text ? [text] : [text, plain];
  for (let round = 0; round < 4; round++) {
    for (let level = 0; level < 4 && plain.includes('\\'); level++) {
      const unescaped = plain.replace(/\\(["\\/])/g, '$1');
      if (unescaped === plain) break;
      out.push((plain = unescaped));
    }
    if (!plain.includes('%')) break;
    const decoded = decodeEscapes(plain);
    if (decoded === plain) break;
    out.push((plain = decoded));
  }
  return out;
}

type Windows = readonly (readonly [secret: string, windows: readonly string[]])[];

/** The parts of the secrets (with their windows) that a reader finds in `text`. */
function leaks(secrets: Windows, text: string): string[] {
  const seen = views(text);
  return secrets.flatMap(([secret, windows]) =>
    windows
      .filter((w) => seen.some((v) => v.includes(w)))
      .map((w) => (w === secret ? secret : `${w} (part of ${secret})`)),
  );
}

describe('no secret leaves in a report, a cURL command or an exported HAR (property)', () => {
  it(`holds for ${RUNS.toLocaleString('en')} generated requests`, () => {
    let placedSecrets = 0;
    fc.assert(
      fc.property(secretRequest, ({ value: request, secrets }) => {
        // Each secret really is in the request, where the leak check would see it: a test that
        // placed nothing, or could not see what it placed, would prove nothing.
        const input = views(JSON.stringify(harEntry(request)));
        for (const secret of secrets) {
          expect(
            input.some((v) => v.includes(secret)),
            `${secret} placed`,
          ).toBe(true);
        }
        placedSecrets += secrets.length;
        const windows = secrets.map((secret) => [secret, leakWindows(secret)] as const);
        for (const [what, text] of outputs(request)) {
          expect(leaks(windows, text), `${what}:\n${text}`).toEqual([]);
        }
        // Redaction keeps what is not secret: the host the request went to.
        expect(toCurl(request.exchange)).toContain(request.host);
      }),
      { numRuns: RUNS },
    );
    expect(placedSecrets).toBeGreaterThan(RUNS);
  }, 240_000); // ~20 s alone on two idle cores; a loaded machine took 120 s

  it("draws no secret that reads as the CLI's escape of a line break or tab", () => {
    // The views above undo these escapes; a password holding one literally could not be found.
    for (const c of ['\t', '\n', '\r']) {
      expect(escapeControls(`a${c}b`)).toMatch(CONTROL_ESCAPE);
    }
    const drawn = fc.sample(password, { numRuns: 2000, seed: 7 });
    expect(drawn.filter((p) => CONTROL_ESCAPE.test(p))).toEqual([]);
    expect(CONTROL_ESCAPE.test('a\\X0aaaaaaaaaaaa')).toBe(true);
  });
});
