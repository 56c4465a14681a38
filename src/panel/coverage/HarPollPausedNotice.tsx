import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';

/**
 * DevTools' log grew too long to poll: responses the page never read are no longer found that
 * way. The webRequest listener sees them without reading the log, so it is offered here.
 */
export function HarPollPausedNotice() {
  const t = useT();
  const logLength = useAppStore((s) => s.harPollPaused);
  const listening = useAppStore((s) => s.webRequestOn);
  const dismiss = useAppStore((s) => s.setHarPollPaused);
  const offer = useAppStore((s) => s.setListenerOfferOpen);
  if (logLength === 0 || listening) return null;
  return (
    <div id="har-poll-paused" className="notice" role="status">
      <span>{t('harPollPaused', { n: logLength })}</span>
      <button type="button" className="link-button" onClick={() => offer(true)}>
        {t('navigationDropListener')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('dismiss')}
        title={t('dismiss')}
        onClick={() => dismiss(0)}
      >
        ×
      </button>
    </div>
  );
}
