import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';

/** Shown before any error was captured: what the panel waits for, and how to make one happen. */
export function EmptyState() {
  const t = useT();
  const watchedHosts = useAppStore((s) => s.settings.watchedHosts);
  const networkSeen = useAppStore((s) => s.networkSeen);
  const hosts = watchedHosts.length === 0 ? t('allHosts') : watchedHosts.join(', ');
  return (
    <div id="empty-state" className="placeholder">
      <p className="placeholder-title">{t('emptyTitle')}</p>
      <p>{t('emptyWhat')}</p>
      <p id="empty-watched">{t('emptyWatched', { hosts })}</p>
      <p>{t('emptyHowTo')}</p>
      <p className="muted">{t('emptyLimit')}</p>
      {/* Build-time constant: the Chrome bundle carries no Firefox branch. */}
      {__BROWSER__ === 'firefox' && !networkSeen && (
        <p id="firefox-hint" className="hint-strong">
          {t('emptyFirefox')}
        </p>
      )}
    </div>
  );
}

/** Errors exist, but the filter or the watched hosts hide all of them. */
export function NoMatch() {
  const t = useT();
  const filterText = useAppStore((s) => s.filterText);
  const setFilterText = useAppStore((s) => s.setFilterText);
  return (
    <div id="no-match" className="placeholder">
      <p className="placeholder-title">
        {t(filterText.trim() === '' ? 'noMatchWatched' : 'noMatch')}
      </p>
      {filterText !== '' && (
        <button id="clear-filter" type="button" onClick={() => setFilterText('')}>
          {t('clearFilter')}
        </button>
      )}
    </div>
  );
}
