import { ListenerStatus } from './coverage/ListenerStatus';
import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';

const MB = 1024 * 1024;

/** Counts at the bottom, as the Network panel's summary bar. Every count is kept by the store. */
export function StatusBar({ shown }: { readonly shown: number }) {
  const t = useT();
  const total = useAppStore((s) => s.errors.length);
  const dropped = useAppStore((s) => s.dropped);
  const droppedBodies = useAppStore((s) => s.droppedBodies);
  const truncated = useAppStore((s) => s.truncatedBodies);
  const limit = useAppStore((s) => s.settings.maxEntries);
  const budget = useAppStore((s) => s.settings.bodyBudget);

  return (
    <footer id="status-bar" className="status-bar" data-seen={total + dropped}>
      <span id="status-shown">{t('statusShown', { shown, total })}</span>
      {dropped > 0 && (
        <span id="status-dropped" className="status-warn">
          {t('statusDropped', { dropped, limit })}
        </span>
      )}
      {droppedBodies > 0 && (
        <span id="status-bodies-dropped" className="status-warn">
          {t('statusBodiesDropped', { n: droppedBodies, mb: Math.round(budget / MB) })}
        </span>
      )}
      {truncated > 0 && <span id="status-truncated">{t('statusTruncated', { n: truncated })}</span>}
      <ListenerStatus />
    </footer>
  );
}
