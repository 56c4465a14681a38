import { translator } from '../panel/i18n/translate';
import type { ListenerPageSeam } from '../platform/seam';

/**
 * The listener's switch: why it exists, whether it is on, and the button that asks for (or
 * gives back) its optional permissions. A full extension page, opened from the panel, because
 * DevTools pages cannot ask for permissions in Firefox and a request needs the user's click.
 */
export async function startListenerPage(doc: Document, seam: ListenerPageSeam): Promise<void> {
  const t = translator(seam.uiLanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en');
  const byId = (id: string) => doc.getElementById(id) as HTMLElement;
  const toggle = byId('toggle') as HTMLButtonElement;
  doc.title = t('listenerPageTitle');
  byId('title').textContent = t('listenerPageTitle');
  byId('why').textContent = t('listenerWhy');
  let on = await seam.granted();
  const show = () => {
    byId('state').textContent = on ? t('listenerPageOn') : t('listenerPageOff');
    toggle.textContent = on ? t('listenerTurnOff') : t('listenerTurnOn');
    toggle.hidden = false;
    doc.body.dataset['listener'] = on ? 'on' : 'off';
  };
  toggle.addEventListener('click', () => {
    const denied = byId('denied');
    // No await before request(): it must run within the click.
    const change = on ? seam.remove() : seam.request();
    void change.then(async () => {
      const was = on;
      on = await seam.granted();
      denied.hidden = was || on;
      denied.textContent = t('listenerDenied');
      show();
    });
  });
  show();
}
