import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { CoverageNotice } from './CoverageNotice';

/**
 * DevTools' log grew too long to poll: responses the page never read are no longer found that
 * way. With the webRequest listener on, they are seen anyway, so nothing is said then.
 */
export function HarPollPausedNotice() {
  const t = useT();
  const logLength = useAppStore((s) => s.harPollPaused);
  const listening = useAppStore((s) => s.webRequestOn);
  const dismiss = useAppStore((s) => s.setHarPollPaused);
  if (logLength === 0 || listening) return null;
  return (
    <CoverageNotice
      id="har-poll-paused"
      text={t('harPollPaused', { n: logLength })}
      onDismiss={() => dismiss(0)}
    />
  );
}
