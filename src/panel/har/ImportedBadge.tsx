import type { Lang } from '../../core/types';
import { en, type Messages } from '../i18n/en';
import { ru } from '../i18n/ru';
import { useLang } from '../i18n/useT';

// Two fixed strings, read directly: a translator per row would build Intl formatters for each
// of the hundreds of rows an import adds at once.
const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ru };

/** Marks a row that came from an imported HAR file rather than live traffic. */
export function ImportedBadge({ className = '' }: { readonly className?: string }) {
  const m = MESSAGES[useLang()];
  return (
    <span className={`imported-badge ${className}`.trim()} title={m.importedTitle}>
      {m.imported}
    </span>
  );
}
