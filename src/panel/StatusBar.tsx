import { useMemo } from 'react';
import { ListenerStatus } from './coverage/ListenerStatus';
import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';

/** Counts at the bottom, as the Network panel's summary bar. */
export function StatusBar({ shown }: { readonly shown: number }) {
  const t = useT();
  const errors = useAppStore((s) => s.errors);
  const dropped = useAppStore((s) => s.dropped);
  const limit = useAppStore((s) => s.settings.maxEntries);
  const truncated = useMemo(
    () => errors.reduce((n, e) => (e.bodyTruncated ? n + 1 : n), 0),
    [errors],
  );

  return (
    <footer id="status-bar" className="status-bar" data-seen={errors.length + dropped}>
      <span id="status-shown">{t('statusShown', { shown, total: errors.length })}</span>
      {dropped > 0 && (
        <span id="status-dropped" className="status-warn">
          {t('statusDropped', { dropped, limit })}
        </span>
      )}
      {truncated > 0 && <span id="status-truncated">{t('statusTruncated', { n: truncated })}</span>}
      <ListenerStatus />
    </footer>
  );
}
