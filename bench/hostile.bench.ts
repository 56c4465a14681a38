/**
 * `npm run bench:hostile`: the worst time of the filter, host patterns, redaction and
 * pretty-printing on 100 KB hostile inputs (backtracking shapes, long runs, deep nesting, many
 * separators). Each input is timed as the best of 3 runs (so that one GC pause does not count);
 * each row prints the worst input. Every row must stay under 100 ms (issue 9); exits 1 if not.
 */
import { DEFAULT_BODY_LIMIT, toCapturedError } from '../src/core/capture/capturedError';
import { decode } from '../src/core/decode';
import { compileHostPattern } from '../src/core/filter/hostPattern';
import { compileFilter, type Filterable } from '../src/core/filter/networkFilter';
import { buildHar } from '../src/core/har/exportHar';
import { prettyBody } from '../src/core/json/prettyJson';
import { supportReport, toCurl } from '../src/core/report/index';
import type { Exchange } from '../src/core/types';

const BUDGET_MS = 100;
const N = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** Hostile 100 KB texts: backtracking bait, long runs, separators, nesting, escapes. */
const TEXTS: Record<string, string> = {
  'a run': 'a'.repeat(N),
  'dots after Bearer': `Bearer ${'.'.repeat(N)}`,
  'eyJ run': fill('eyJ'),
  'eyJa. run': fill('eyJa.'),
  'separators =': fill('a='),
  'separators :&;': fill('a:b&c;'),
  "token='": fill("token='"),
  'nested URLs': fill('a=https://h/?'),
  'percent runs': fill('%25'),
  'quotes and escapes': fill('"\\'),
  'JSON in strings': fill('"x": "{\\"token\\": \\"'),
  'open objects': fill('{"token": '),
  'nested arrays': `${'['.repeat(N / 2)}${']'.repeat(N / 2)}`,
  'user-info': fill('https://u:p@'),
  'tabs in names': fill('acc\tess_token='),
  'multipart lines': fill('--b\r\nContent-Disposition: form-data; name=x\r\n\r\n'),
};

function bestOf3(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

interface Row {
  readonly what: string;
  readonly worst: number;
  readonly input: string;
}

function worst(what: string, cases: Record<string, () => unknown>): Row {
  let row: Row = { what, worst: 0, input: '' };
  for (const [input, run] of Object.entries(cases)) {
    const ms = bestOf3(run);
    if (ms > row.worst) row = { what, worst: ms, input };
  }
  return row;
}

const forEachText = (run: (text: string) => unknown) =>
  Object.fromEntries(Object.entries(TEXTS).map(([name, text]) => [name, () => run(text)]));

// Filters: globs of every key against 100 KB values, and plain text.
const star = '*a'.repeat(2000) + '*b';
const longRow: Filterable = {
  url: `https://h.example/${'a'.repeat(N)}`,
  method: 'GET',
  status: 400,
  decoded: {
    format: 'ok-flag',
    code: 'a'.repeat(N),
    message: 'a'.repeat(N),
    retry: { advice: 'no' },
  } as Filterable['decoded'],
};
const filters = [
  'code:*a*a*a*b',
  `code:${star}`,
  `url:${star}`,
  `domain:${star}`,
  `body:${star}`,
  'a'.repeat(1000) + 'b',
  '-',
  `-code:${star}`,
];
const filterRow = worst(
  'filter (code:/url:/domain:/body: globs, text)',
  Object.fromEntries(filters.map((f) => [f.slice(0, 24), () => compileFilter(f)(longRow)])),
);

// Host patterns (--host, --pin): many stars against a long host, a long pattern of dots.
const host = `${'a'.repeat(63)}.`.repeat(4) + 'example';
const hostRow = worst('host pattern (--host/--pin)', {
  stars: () => compileHostPattern('*a'.repeat(N / 2) + '*b')(`https://${host}/`),
  'long url': () => compileHostPattern('*.example')(`https://${host}:${'9'.repeat(N)}/`),
  'dot run': () => compileHostPattern('.'.repeat(N))(`https://${host}/`),
});

// Redaction: each hostile text in one place of an error (the URL's query, a Referer, the
// response body, the request body), then the support report, the cURL command and the HAR.
type Place = 'query' | 'referer' | 'body' | 'request body';
const PLACES: readonly Place[] = ['query', 'referer', 'body', 'request body'];

function captured(text: string, place: Place) {
  const exchange: Exchange = {
    url: `https://api.example.com/v1?q=${place === 'query' ? text : '1'}`,
    method: 'POST',
    status: 400,
    requestHeaders: [
      { name: 'Referer', value: `https://h.example/?${place === 'referer' ? text : 'a=1'}` },
    ],
    responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    body: JSON.stringify({ ok: false, error: place === 'body' ? text : 'bad' }),
    bodyEncoding: 'plain',
    mimeType: 'application/json',
    startedAt: 0,
  };
  const decoded = decode(exchange);
  if (decoded === null) throw new Error('not decoded');
  return toCapturedError(1, exchange, exchange.body ?? '', decoded, {
    bodyLimit: DEFAULT_BODY_LIMIT,
    requestBody: place === 'request body' ? text : null,
  });
}
const errors = Object.fromEntries(
  Object.entries(TEXTS).flatMap(([name, t]) =>
    PLACES.map((place) => [`${name} (${place})`, captured(t, place)] as const),
  ),
);
const onErrors = (run: (e: ReturnType<typeof captured>) => unknown) =>
  Object.fromEntries(Object.entries(errors).map(([name, e]) => [name, () => run(e)]));

const rows: Row[] = [
  filterRow,
  hostRow,
  worst(
    'redaction: support report (en)',
    onErrors((e) => supportReport(e, 'en')),
  ),
  worst(
    'redaction: cURL command',
    onErrors((e) => toCurl(e)),
  ),
  worst(
    'redaction: HAR export',
    onErrors((e) => JSON.stringify(buildHar([e], { version: 'bench' }))),
  ),
  worst('pretty-print', {
    ...forEachText((t) => prettyBody(t)),
    'nested arrays 140 KB': () => prettyBody('['.repeat(70_000) + ']'.repeat(70_000)),
    'wide object': () =>
      prettyBody(`{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":[1]`).join(',')}}`),
  }),
];

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`Worst time on 100 KB hostile inputs (best of 3 per input), budget ${BUDGET_MS} ms`);
console.log(`${'what'.padEnd(width)}  ${'worst ms'.padStart(9)}  result  worst input`);
for (const r of rows) {
  const result = r.worst < BUDGET_MS ? 'PASS' : 'OVER';
  console.log(
    `${r.what.padEnd(width)}  ${r.worst.toFixed(1).padStart(9)}  ${result.padEnd(6)}  ${r.input}`,
  );
}
if (rows.some((r) => r.worst >= BUDGET_MS)) process.exitCode = 1;
