import { REDACTED } from './placeholder';
import { isSecretParam } from './secretNames';

// One entry of a text/plain form body: a field name, `=`, and the rest of its line. A name is
// plain: a line that starts with a URL (`https://h/a;sid=…?o`) is no form entry.
const ENTRY = /^([\w.[\]-]+)=([^\r\n]*)(\r?)$/;

/**
 * A text/plain form body (`user=bob\r\npassword=correct horse\r\n`, one `name=value` a line):
 * the value of a secret name runs to the end of its line, spaces and all. A text with any other
 * line comes back as it was, for the passes that read prose, where a space ends a value.
 */
export function redactLinePairs(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const entries = lines.map((line) => ENTRY.exec(line));
  if (entries.some((entry, k) => entry === null && (lines[k] ?? '').trim() !== '')) return text;
  let changed = false;
  const out = entries.map((entry, k) => {
    if (entry === null) return lines[k];
    const [line, name = '', value = '', cr = ''] = entry;
    if (value === '' || value === REDACTED || !isSecretParam(name)) return line;
    changed = true;
    return `${name}=${REDACTED}${cr}`;
  });
  return changed ? out.join('\n') : text;
}
