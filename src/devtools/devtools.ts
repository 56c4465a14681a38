import { startSession } from '../capture/session';
import { isPanelReady, PANEL_CHANNEL } from '../panel/host';
import { browserPanelSeam, browserSeam } from '../platform/browserSeam';
import { createAppStore } from '../store/appStore';

// Runs as soon as DevTools opens, long before the user may look at our panel.
const seam = browserSeam();
const store = createAppStore();
startSession(seam, store);
// Tests wait for this before firing requests: listeners are live from here on.
document.body.dataset['capturing'] = 'true';

let panelWindow: Window | null = null;
const panelSeam = browserPanelSeam();
const openResource = panelSeam.openResource.bind(panelSeam);
const attach = () => panelWindow?.__apiErrorDecoderAttach?.({ store, openResource });

// The leading slash matters: Firefox resolves a relative path against this page.
panelSeam.createPanel('API Errors', '/icons/icon-16.png', '/src/panel/panel.html', (win) => {
  panelWindow = win;
  attach();
});

// A panel that loads after onShown, or reloads, asks to be attached again.
new BroadcastChannel(PANEL_CHANNEL).onmessage = (e) => {
  if (isPanelReady(e.data, seam.inspectedTabId)) attach();
};
