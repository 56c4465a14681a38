import { isObject, own } from '../json/guards';

/**
 * The request body of a HAR 1.2 entry: `request.postData.text`, or its `params` as a form body
 * when only those were recorded; `null` when there is none. Never throws on a malformed entry.
 */
export function harRequestBody(entry: unknown): string | null {
  const request = isObject(entry) ? own(entry, 'request') : undefined;
  const postData = isObject(request) ? own(request, 'postData') : undefined;
  if (!isObject(postData)) return null;
  const text = own(postData, 'text');
  if (typeof text === 'string') return text;
  const params = own(postData, 'params');
  if (!Array.isArray(params)) return null;
  const pairs: string[] = [];
  for (const p of params) {
    if (!isObject(p)) continue;
    const name = own(p, 'name');
    const value = own(p, 'value');
    if (typeof name !== 'string') continue;
    const v = typeof value === 'string' ? value : '';
    pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
  }
  return pairs.length > 0 ? pairs.join('&') : null;
}
