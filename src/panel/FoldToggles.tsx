import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';

/** Folds the hosts strip and the timeline away; the choice is kept in settings. */
export function FoldToggles() {
  const t = useT();
  const showHosts = useAppStore((s) => s.settings.showHosts);
  const showTimeline = useAppStore((s) => s.settings.showTimeline);
  const updateSettings = useAppStore((s) => s.updateSettings);
  return (
    <>
      <button
        id="toggle-hosts"
        type="button"
        className="fold-toggle"
        aria-pressed={showHosts}
        title={t('toggleHostsTitle')}
        onClick={() => updateSettings({ showHosts: !showHosts })}
      >
        {t('toggleHosts')}
      </button>
      <button
        id="toggle-timeline"
        type="button"
        className="fold-toggle"
        aria-pressed={showTimeline}
        title={t('toggleTimelineTitle')}
        onClick={() => updateSettings({ showTimeline: !showTimeline })}
      >
        {t('toggleTimeline')}
      </button>
    </>
  );
}
