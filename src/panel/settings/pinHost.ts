import { displayHost } from '../../core/capture/capturedError';
import type { FormatId } from '../../core/types';

/**
 * What the user typed → the key capture looks pins up by: the host as the host strip shows it
 * (lower case, a non-default port kept). A pasted URL or a `domain:` token is accepted too.
 * `''` when no single exact host was typed: capture looks pins up by exact host, so a wildcard
 * could never match.
 */
export function pinHost(typed: string): string {
  const text = typed.trim().replace(/^domain:/i, '');
  if (text === '' || /[\s*]/.test(text)) return '';
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return displayHost(text);
  // A bare host: parsed as a URL, it is normalized just as capture normalizes it.
  return displayHost(`https://${text.replace(/\/.*$/, '')}`);
}

/** The pins with `host` pinned to `format`, replacing an earlier pin of that host. */
export function withPin(
  pins: Readonly<Record<string, FormatId>>,
  host: string,
  format: FormatId,
): Readonly<Record<string, FormatId>> {
  return { ...pins, [host]: format };
}

/** The pins without `host`'s. */
export function withoutPin(
  pins: Readonly<Record<string, FormatId>>,
  host: string,
): Readonly<Record<string, FormatId>> {
  return Object.fromEntries(Object.entries(pins).filter(([h]) => h !== host));
}
