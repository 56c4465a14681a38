import { memo, type RefObject } from 'react';
import type { Settings } from '../store/settings';
import { FoldToggles } from './FoldToggles';
import { HarButtons } from './har/HarButtons';
import { ViewTabs } from './views/ViewTabs';
import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';

interface ToolbarProps {
  readonly filterRef: RefObject<HTMLInputElement | null>;
  readonly hostsOpen: boolean;
  readonly onToggleHosts: () => void;
}

const LANG_CHOICES: readonly Settings['lang'][] = ['auto', 'en', 'ru'];
// Each language is named in itself, as language pickers do.
const LANG_NAMES: Readonly<Record<Exclude<Settings['lang'], 'auto'>, string>> = {
  en: 'English',
  ru: 'Русский',
};

/** Memoized: it reads the store itself, so a new batch of rows does not re-render it. */
export const Toolbar = memo(function Toolbar({
  filterRef,
  hostsOpen,
  onToggleHosts,
}: ToolbarProps) {
  const t = useT();
  const filterText = useAppStore((s) => s.filterText);
  const preserveLog = useAppStore((s) => s.settings.preserveLog);
  const lang = useAppStore((s) => s.settings.lang);
  const watchedCount = useAppStore((s) => s.settings.watchedHosts.length);
  const setFilterText = useAppStore((s) => s.setFilterText);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const clear = useAppStore((s) => s.clear);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('filterLabel')}>
      <ViewTabs />
      <span className="toolbar-divider" />
      <input
        id="filter"
        ref={filterRef}
        className="filter"
        type="text"
        value={filterText}
        placeholder={t('filterPlaceholder')}
        aria-label={t('filterLabel')}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setFilterText(e.target.value)}
      />
      <span className="toolbar-divider" />
      <label className="checkbox" title={t('preserveLogTitle')}>
        <input
          id="preserve-log"
          type="checkbox"
          checked={preserveLog}
          onChange={(e) => updateSettings({ preserveLog: e.target.checked })}
        />
        {t('preserveLog')}
      </label>
      <button id="clear" type="button" title={t('clearTitle')} onClick={clear}>
        {t('clear')}
      </button>
      <span className="toolbar-divider" />
      <button
        id="watched-hosts-toggle"
        type="button"
        aria-expanded={hostsOpen}
        aria-controls="watched-hosts"
        onClick={onToggleHosts}
      >
        {watchedCount > 0 ? t('watchedHostsCount', { n: watchedCount }) : t('watchedHosts')}
      </button>
      <HarButtons />
      <span className="toolbar-divider" />
      <FoldToggles />
      <span className="toolbar-spacer" />
      <label className="lang-label">
        <span className="visually-hidden">{t('language')}</span>
        <select
          id="lang"
          value={lang}
          title={t('language')}
          onChange={(e) => updateSettings({ lang: e.target.value as Settings['lang'] })}
        >
          {LANG_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'auto' ? t('langAuto') : LANG_NAMES[choice]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
