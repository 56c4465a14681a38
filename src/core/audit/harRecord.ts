import { displayHost } from '../capture/capturedError';
import { isObject, own } from '../json/guards';
import type { Exchange } from '../types';
import { bodyKeyOf, type RequestRecord } from './requestRecord';

/**
 * One HAR entry as an audit record, `id` being its index in log.entries. The entry gives what
 * an Exchange leaves out: the total `time` (so when the response ended) and the request body.
 */
export function harRecord(
  id: number,
  entry: unknown,
  exchange: Exchange,
  decoded: RequestRecord['decoded'],
): RequestRecord {
  const time = isObject(entry) ? own(entry, 'time') : undefined;
  const request = isObject(entry) ? own(entry, 'request') : undefined;
  const postData = isObject(request) ? own(request, 'postData') : undefined;
  const body = isObject(postData) ? own(postData, 'text') : undefined;
  const pageref = isObject(entry) ? own(entry, 'pageref') : undefined;
  return {
    id,
    method: exchange.method,
    url: exchange.url,
    bodyKey: bodyKeyOf(typeof body === 'string' ? body : null),
    host: displayHost(exchange.url),
    startedAt: exchange.startedAt,
    endedAt:
      exchange.startedAt +
      (typeof time === 'number' && Number.isFinite(time) ? Math.max(0, time) : 0),
    status: exchange.status,
    ...(typeof pageref === 'string' ? { page: pageref } : {}),
    decoded,
  };
}
