import type { GapReason } from '../core/capture/gapReason';
import type { Lang } from '../core/types';
import { en, type Messages } from './i18n/en';
import { ru } from './i18n/ru';

// Fixed strings read directly, as ImportedBadge does: no translator per row.
const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ru };

/** "no body" on a row listed without its body; the title says why. */
export function GapBadge({ gap, lang }: { readonly gap: GapReason; readonly lang: Lang }) {
  const m = MESSAGES[lang];
  const reason = m[`gap.${gap}.title`];
  return (
    <span className="gap-badge" title={m.gapBadgeTitle.replace('{reason}', reason)}>
      {m.gapBadge}
    </span>
  );
}

/** Marks a request another extension made: not the page's doing, not in the retry audit. */
export function ExtensionBadge({ lang }: { readonly lang: Lang }) {
  const m = MESSAGES[lang];
  return (
    <span className="extension-badge" title={m.byExtensionTitle}>
      {m.byExtension}
    </span>
  );
}

/** The status as the Network panel shows it: "(failed)" when no HTTP status arrived. */
export function statusText(status: number, lang: Lang): string {
  return status === 0 ? MESSAGES[lang].statusFailed : String(status);
}
