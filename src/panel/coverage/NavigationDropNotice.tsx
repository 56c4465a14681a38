import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';

/** Firefox: a navigation with the log kept may have lost responses that were still pending. */
export function NavigationDropNotice() {
  const t = useT();
  const shown = useAppStore((s) => s.navigationMayDrop);
  const listening = useAppStore((s) => s.webRequestOn);
  const dismiss = useAppStore((s) => s.setNavigationMayDrop);
  const offer = useAppStore((s) => s.setListenerOfferOpen);
  if (!shown) return null;
  return (
    <div id="navigation-drop" className="notice" role="status">
      <span>{t('navigationDrop')}</span>
      {!listening && (
        <button type="button" className="link-button" onClick={() => offer(true)}>
          {t('navigationDropListener')}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('dismiss')}
        title={t('dismiss')}
        onClick={() => dismiss(false)}
      >
        ×
      </button>
    </div>
  );
}
