import { createRoot } from 'react-dom/client';
import type { PermissionSeam } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import { App } from './App';
import type { PanelHost } from './host';
import { translator } from './i18n/translate';

export interface PanelMount {
  /** Shows the store's panel; the same store again is a no-op, a new one starts afresh. */
  attach(host: PanelHost): void;
  unmount(): void;
}

function Connecting() {
  // No store yet, so no language setting: the browser's language is the best guess.
  const t = translator(navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en');
  return <p className="connecting">{t('connecting')}</p>;
}

export function mountPanel(
  container: HTMLElement,
  permissions: PermissionSeam | null = null,
): PanelMount {
  const root = createRoot(container);
  let current: AppStore | null = null;
  // A new store is a new session: keying by it drops the old one's scroll and editor state.
  let generation = 0;
  let unmounted = false;
  root.render(<Connecting />);
  return {
    attach({ store, openResource }) {
      if (unmounted || store === current) return;
      current = store;
      generation += 1;
      root.render(
        <App
          key={generation}
          store={store}
          permissions={permissions}
          openResource={openResource ?? null}
        />,
      );
    },
    unmount() {
      if (unmounted) return;
      unmounted = true;
      current = null;
      root.unmount();
    },
  };
}
