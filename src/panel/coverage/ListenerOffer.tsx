import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { usePermissions } from './permissionContext';

/**
 * Why the opt-in webRequest listener exists and what it may see. Its switch is a page of its
 * own: DevTools pages cannot ask for a permission in Firefox.
 */
export function ListenerOffer() {
  const t = useT();
  const permissions = usePermissions();
  const open = useAppStore((s) => s.listenerOfferOpen && !s.webRequestOn);
  const setOpen = useAppStore((s) => s.setListenerOfferOpen);
  if (!open || permissions === null) return null;
  return (
    <div id="listener-offer" className="notice" role="region" aria-label={t('listenerOffer')}>
      <p id="listener-why">{t('listenerWhy')}</p>
      <div className="notice-buttons">
        <button id="listener-on" type="button" onClick={() => permissions.openListenerPage()}>
          {t('listenerTurnOn')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('listenerNotNow')}
        </button>
      </div>
    </div>
  );
}
