import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { usePermissions } from './permissionContext';

/**
 * Why the opt-in webRequest listener exists and what it may see, with the button that asks for
 * its permission: the request must come from this click, in this page.
 */
export function ListenerOffer() {
  const t = useT();
  const permissions = usePermissions();
  const open = useAppStore((s) => s.listenerOfferOpen && !s.webRequestOn);
  const setOpen = useAppStore((s) => s.setListenerOfferOpen);
  const setOn = useAppStore((s) => s.setWebRequestOn);
  const [denied, setDenied] = useState(false);
  if (!open || permissions === null) return null;
  const turnOn = () => {
    void permissions.requestWebRequest().then(
      (granted) => (granted ? setOn(true) : setDenied(true)),
      () => setDenied(true),
    );
  };
  return (
    <div id="listener-offer" className="notice" role="region" aria-label={t('listenerOffer')}>
      <p id="listener-why">{t('listenerWhy')}</p>
      {denied && <p className="status-warn">{t('listenerDenied')}</p>}
      <div className="notice-buttons">
        <button id="listener-on" type="button" onClick={turnOn}>
          {t('listenerTurnOn')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('listenerNotNow')}
        </button>
      </div>
    </div>
  );
}
