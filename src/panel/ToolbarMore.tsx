import { useEffect, useState } from 'react';
import type { Settings } from '../store/settings';
import { FoldToggles } from './FoldToggles';
import { HarButtons } from './har/HarButtons';
import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';

const LANG_CHOICES: readonly Settings['lang'][] = ['auto', 'en', 'ru'];
// Each language is named in itself, as language pickers do.
const LANG_NAMES: Readonly<Record<Exclude<Settings['lang'], 'auto'>, string>> = {
  en: 'English',
  ru: 'Русский',
};

interface ToolbarMoreProps {
  /** The toolbar is too narrow for one row: these controls hide behind a » button. */
  readonly compact: boolean;
  readonly hostsOpen: boolean;
  readonly onToggleHosts: () => void;
}

/**
 * The less-used controls: inline at the toolbar's end when they fit, else in a menu under a »
 * button, as DevTools' toolbars overflow. The same elements either way, so ids stay put.
 */
export function ToolbarMore({ compact, hostsOpen, onToggleHosts }: ToolbarMoreProps) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const watchedCount = useAppStore((s) => s.settings.watchedHosts.length);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [open, setOpen] = useState(false);
  const menuOpen = compact && open;

  // A press anywhere else closes the menu, as menus do.
  useEffect(() => {
    if (!menuOpen) return;
    const close = (e: PointerEvent) => {
      const inside = e.target instanceof Element && e.target.closest('.toolbar-more-area');
      if (!inside) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [menuOpen]);

  return (
    <>
      <div
        id="toolbar-more"
        className="toolbar-more toolbar-more-area"
        data-fit-watch
        data-open={menuOpen || undefined}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !menuOpen) return;
          e.stopPropagation(); // close the menu, not the details pane
          setOpen(false);
        }}
      >
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
      {compact && (
        <button
          id="toolbar-more-toggle"
          type="button"
          className="toolbar-more-toggle toolbar-more-area"
          aria-expanded={menuOpen}
          aria-controls="toolbar-more"
          aria-label={t('toolbarMore')}
          title={t('toolbarMore')}
          onClick={() => setOpen((o) => !o)}
        >
          »
        </button>
      )}
    </>
  );
}
