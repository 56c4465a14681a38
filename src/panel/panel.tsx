import { browserPermissionSeam, browserSeam } from '../platform/browserSeam';
import { PANEL_CHANNEL, type PanelReadyMessage } from './host';
import { mountPanel } from './mount';
import './panel.css';

const container = document.getElementById('root');
if (container !== null) {
  const panel = mountPanel(container, browserPermissionSeam());
  window.__apiErrorDecoderAttach = (host) => panel.attach(host);
  // The store lives on in the devtools page: a reloaded or closed panel must unsubscribe, or
  // the store would keep calling listeners of a dead document.
  window.addEventListener('pagehide', () => panel.unmount());
  const ready: PanelReadyMessage = { type: 'panel-ready', tabId: browserSeam().inspectedTabId };
  new BroadcastChannel(PANEL_CHANNEL).postMessage(ready);
}
