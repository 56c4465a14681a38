import type { Header } from '../types';
import { authScheme, isSecretHeader } from './secretNames';

/** What a masked secret looks like; the scheme word of an Authorization value is kept. */
export const MASK = '••••••';
const SHORT_MASK = '••••';

/** Whether a header may carry a credential, judged by its name alone (see secretNames.ts). */
export const isSensitiveHeader = isSecretHeader;

function maskValue(name: string, value: string): string {
  if (value.trim() === '') return value;
  const scheme = authScheme(name, value);
  return scheme === null ? MASK : `${scheme} ${SHORT_MASK}`;
}

/**
 * Headers as they may be shown on screen: credentials replaced, everything else as sent.
 * Pure: the panel shows the result, the captured exchange is left untouched.
 */
export function maskHeaders(headers: readonly Header[]): Header[] {
  return headers.map((h) =>
    isSecretHeader(h.name) ? { name: h.name, value: maskValue(h.name, h.value) } : h,
  );
}
