import type { MouseEvent } from 'react';
import { callSiteLabel, type CallSite } from '../core/capture/initiator';
import { useT } from './i18n/useT';
import { useOpenResource } from './openResource';

/** `file:line` of the code that made the request; a click shows it in the Sources panel. */
export function InitiatorLink({ site }: { readonly site: CallSite }) {
  const t = useT();
  const openResource = useOpenResource();
  const label = callSiteLabel(site);
  const where = `${site.url}:${site.line}:${site.column}`;
  const open = (e: MouseEvent) => {
    e.stopPropagation(); // a click on the link is not a click on the row
    openResource?.(site.url, site.line, site.column);
  };
  return (
    <button
      type="button"
      className={site.app ? 'initiator-link' : 'initiator-link initiator-library'}
      title={`${t('initiatorOpen', { where })}`}
      data-open={where}
      onClick={open}
    >
      {label}
    </button>
  );
}
