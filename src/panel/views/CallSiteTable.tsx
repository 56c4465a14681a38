import { useMemo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import { useT } from '../i18n/useT';
import { InitiatorLink } from '../InitiatorLink';
import { groupByCallSite } from './callSites';

/** "apiClient.ts:42 → 17 × 401": which line of the app's code fails, and how. */
export function CallSiteTable({ errors }: { readonly errors: readonly CapturedError[] }) {
  const t = useT();
  const groups = useMemo(() => groupByCallSite(errors), [errors]);
  if (groups.every((g) => g.site === null)) {
    return <p className="placeholder">{t('summaryCallSiteEmpty')}</p>;
  }
  return (
    <table id="call-sites" className="summary-table" aria-label={t('summaryByCallSite')}>
      <thead>
        <tr>
          <th scope="col">{t('summaryCallSite')}</th>
          <th scope="col">{t('summaryCount')}</th>
          <th scope="col">{t('summaryStatuses')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr
            key={g.site === null ? '' : `${g.site.url}:${g.site.line}:${g.site.column}`}
            className="call-site"
            data-initiator={
              g.site === null ? undefined : `${g.site.url}:${g.site.line}:${g.site.column}`
            }
          >
            <td className="summary-name">
              {g.site === null ? (
                <span className="muted">{t('summaryNoCallSite')}</span>
              ) : (
                <InitiatorLink site={g.site} />
              )}
            </td>
            <td className="summary-count">{g.count}</td>
            <td className="call-site-statuses">
              {g.statuses.map(([status, n]) => `${n} × ${status}`).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
