import { REDACTED } from './placeholder';
import { authScheme } from './secretNames';

/** The value of a secret header, redacted: `Bearer [REDACTED]` keeps the scheme word. */
export function secretHeaderValue(name: string, value: string): string {
  if (value.trim() === '') return value;
  const scheme = authScheme(name, value);
  return scheme === null ? REDACTED : `${scheme} ${REDACTED}`;
}

/** Percent-decoding that never throws on a malformed escape. */
export function safeDecode(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
