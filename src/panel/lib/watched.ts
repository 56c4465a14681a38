/**
 * Patterns typed into the watched-hosts editor: several at once (space or comma separated),
 * with or without the `domain:` key the filter uses. Case-insensitive duplicates are skipped.
 * Returns `existing` itself when nothing new was typed.
 */
export function addPatterns(existing: readonly string[], typed: string): readonly string[] {
  const seen = new Set(existing.map((h) => h.toLowerCase()));
  const added: string[] = [];
  for (const raw of typed.split(/[\s,]+/)) {
    const pattern = raw.replace(/^domain:/i, '');
    if (pattern === '' || seen.has(pattern.toLowerCase())) continue;
    seen.add(pattern.toLowerCase());
    added.push(pattern);
  }
  return added.length === 0 ? existing : [...existing, ...added];
}
