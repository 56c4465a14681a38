import { harDecoder } from '../cli/decodeCommand';
import { jsonErrors } from '../cli/decodeJson';
import type { Header } from '../core/types';
import { packSetOf } from './userPacks';
import type { DecodedExchange, DecodeOptions, ExchangeInput, HeadersInput } from './types';

function headerList(headers: HeadersInput | undefined): Header[] {
  if (headers === undefined) return [];
  if (Array.isArray(headers)) return headers.map((h: Header) => ({ name: h.name, value: h.value }));
  const out: Header[] = [];
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (typeof value === 'string') out.push({ name, value });
    else if (Array.isArray(value)) out.push({ name, value: value.join(', ') });
  }
  return out;
}

function isoTime(startedAt: ExchangeInput['startedAt']): string {
  const ms = startedAt instanceof Date ? startedAt.getTime() : (startedAt ?? NaN);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

/** The exchange as a HAR 1.2 entry, so that it takes the very path of `decode --json`. */
export function harEntryOf(exchange: ExchangeInput): unknown {
  return {
    startedDateTime: isoTime(exchange.startedAt),
    request: {
      method: exchange.method ?? 'GET',
      url: exchange.url,
      headers: headerList(exchange.requestHeaders),
    },
    response: {
      status: exchange.status,
      headers: headerList(exchange.responseHeaders),
      content: {
        mimeType: exchange.mimeType ?? '',
        ...(typeof exchange.body === 'string' ? { text: exchange.body } : {}),
        ...(exchange.bodyEncoding === 'base64' ? { encoding: 'base64' } : {}),
      },
    },
  };
}

/**
 * Explains one exchange: the object `decode --json` prints for it (without `entry` and
 * `violations`, which only a HAR has), or `null` when it is no error. Never throws on a body.
 */
export function decode(
  exchange: ExchangeInput,
  options: DecodeOptions = {},
): DecodedExchange | null {
  const decoder = harDecoder({
    lang: options.lang ?? 'en',
    hosts: [],
    pins: options.pin === undefined ? [] : [{ host: '*', format: options.pin }],
    packs: packSetOf(options.packs),
  });
  decoder.add(harEntryOf(exchange));
  const [row] = jsonErrors(decoder.report());
  if (row === undefined || row.format === null || row.title === null || row.retry === null) {
    return null;
  }
  const { entry: _entry, violations: _violations, ...decoded } = row;
  return { ...decoded, format: row.format, title: row.title, retry: row.retry };
}
