import { memo } from 'react';
import { useT } from './i18n/useT';
import { domainOf, toggleDomain } from './lib/filterText';
import { useAppStore } from './storeContext';

/** One chip per host seen since the last clear; a click narrows the filter to it, or back. */
export const HostStrip = memo(function HostStrip() {
  const t = useT();
  const hostCounts = useAppStore((s) => s.hostCounts);
  const filterText = useAppStore((s) => s.filterText);
  const setFilterText = useAppStore((s) => s.setFilterText);

  // A URL that did not parse has no host to filter by.
  const hosts = Object.entries(hostCounts).filter(([host]) => host !== '');
  if (hosts.length === 0) return null;
  const active = domainOf(filterText)?.toLowerCase() ?? null;

  return (
    <div className="host-strip" role="group" aria-label={t('hostsLabel')}>
      {hosts.map(([host, count]) => {
        const pressed = host.toLowerCase() === active;
        return (
          <button
            key={host}
            type="button"
            className="host-chip"
            data-host={host}
            aria-pressed={pressed}
            title={pressed ? t('hostChipActiveTitle') : t('hostChipTitle', { host })}
            onClick={() => setFilterText(toggleDomain(filterText, host))}
          >
            {host}
            <span className="host-count">{count}</span>
          </button>
        );
      })}
    </div>
  );
});
