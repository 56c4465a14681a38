import { memo, useDeferredValue, useMemo } from 'react';
import { useT } from './i18n/useT';
import { domainOf, toggleDomain } from './lib/filterText';
import { useAppStore } from './storeContext';

/** Chips shown at most: a storm of distinct subdomains must not render thousands of buttons. */
export const MAX_HOST_CHIPS = 30;

/** One chip per host among the kept errors, busiest first; a click narrows the filter to it. */
export const HostStrip = memo(function HostStrip() {
  const t = useT();
  const tally = useAppStore((s) => s.hostCounts);
  const version = useDeferredValue(useAppStore((s) => s.hostsVersion));
  const filterText = useAppStore((s) => s.filterText);
  const setFilterText = useAppStore((s) => s.setFilterText);

  // A URL that did not parse has no host to filter by: '' is left out.
  const { hosts, more } = useMemo(() => {
    void version; // the tally changes in place; its version says when
    const top = tally.top(MAX_HOST_CHIPS + 1).filter(([host]) => host !== '');
    const total = tally.size - (tally.get('') > 0 ? 1 : 0);
    return {
      hosts: top.slice(0, MAX_HOST_CHIPS),
      more: total - Math.min(top.length, MAX_HOST_CHIPS),
    };
  }, [tally, version]);
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
      {more > 0 && (
        <span id="host-more" className="host-more" title={t('hostsMoreTitle')}>
          {t('hostsMore', { n: more })}
        </span>
      )}
    </div>
  );
});
