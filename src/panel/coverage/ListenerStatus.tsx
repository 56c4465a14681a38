import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { usePermissions } from './permissionContext';

/**
 * In the status bar: with the listener off, that DevTools misses some requests and the way to
 * see them; with it on, that it is on and how to turn it off.
 */
export function ListenerStatus() {
  const t = useT();
  const permissions = usePermissions();
  const on = useAppStore((s) => s.webRequestOn);
  const openOffer = useAppStore((s) => s.setListenerOfferOpen);
  if (permissions === null) return null;
  if (!on) {
    return (
      <button
        id="listener-hint"
        type="button"
        className="link-button status-action"
        onClick={() => openOffer(true)}
      >
        {t('listenerOffer')}
      </button>
    );
  }
  return (
    <span id="listener-on-status" className="status-action">
      {t('listenerIsOn')}{' '}
      <button
        id="listener-off"
        type="button"
        className="link-button"
        onClick={() => permissions.openListenerPage()}
      >
        {t('listenerTurnOff')}
      </button>
    </span>
  );
}
