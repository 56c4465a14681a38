/**
 * Edits of the filter text made by host chips. Only a positive `domain:` token is theirs;
 * `-domain:` and every other token the user typed are left alone.
 */
const DOMAIN_TOKEN = /^domain:(.+)$/i;

function tokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t !== '');
}

/** The value of the first positive `domain:` token, or null. */
export function domainOf(text: string): string | null {
  for (const token of tokens(text)) {
    const m = DOMAIN_TOKEN.exec(token);
    if (m?.[1] !== undefined) return m[1];
  }
  return null;
}

/** Replaces the `domain:` token (or adds one at the front); `null` removes it. */
export function withDomain(text: string, host: string | null): string {
  const rest = tokens(text).filter((t) => !DOMAIN_TOKEN.test(t));
  return (host === null ? rest : [`domain:${host}`, ...rest]).join(' ');
}

/** A chip click: pick the host, or drop it when it is already the active one. */
export function toggleDomain(text: string, host: string): string {
  const current = domainOf(text);
  const active = current !== null && current.toLowerCase() === host.toLowerCase();
  return withDomain(text, active ? null : host);
}
