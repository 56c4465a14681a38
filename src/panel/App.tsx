import { useCallback, useEffect, useRef, useState } from 'react';
import type { PermissionSeam } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import { ListenerOffer } from './coverage/ListenerOffer';
import { NavigationDropNotice } from './coverage/NavigationDropNotice';
import { HarPollPausedNotice } from './coverage/HarPollPausedNotice';
import { PermissionContext } from './coverage/permissionContext';
import './coverage/coverage.css';
import { DetailsPane } from './DetailsPane';
import { ErrorList } from './ErrorList';
import { Overview } from './Overview';
import { useFilteredErrors } from './hooks/useFilteredErrors';
import { useKeyboard } from './hooks/useKeyboard';
import { useVirtualWindow } from './hooks/useVirtualWindow';
import { useLang } from './i18n/useT';
import { OpenResourceContext, type OpenResource } from './openResource';
import { PacksSection } from './packs/PacksSection';
import { PinSettings } from './settings/PinSettings';
import { StatusBar } from './StatusBar';
import { HarDropZone } from './har/HarDropZone';
import { AuditView } from './views/AuditView';
import { SummaryView } from './views/SummaryView';
import { StoreContext, useAppStore } from './storeContext';
import { Toolbar } from './Toolbar';
import { WatchedHosts } from './WatchedHosts';

/** The panel. The store belongs to the devtools page and outlives this component. */
export function App({
  store,
  permissions = null,
  openResource = null,
}: {
  readonly store: AppStore;
  readonly permissions?: PermissionSeam | null;
  readonly openResource?: OpenResource | null;
}) {
  return (
    <StoreContext value={store}>
      <OpenResourceContext value={openResource}>
        <PermissionContext value={permissions}>
          <Shell />
        </PermissionContext>
      </OpenResourceContext>
    </StoreContext>
  );
}

function Shell() {
  // Store reads come first: their subscriptions go live before the effects below run.
  const theme = useAppStore((s) => s.theme);
  const lang = useLang();
  const view = useAppStore((s) => s.activeView);
  const rows = useFilteredErrors();
  const { range, scrollRef, onScroll, reveal } = useVirtualWindow(rows.length);
  const filterRef = useRef<HTMLInputElement>(null);
  const [hostsOpen, setHostsOpen] = useState(false);
  const toggleHosts = useCallback(() => setHostsOpen((open) => !open), []);
  useKeyboard({ rows, filterRef, reveal });

  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // e2e tests wait for this: the panel is mounted and follows the store.
  useEffect(() => {
    document.body.dataset['ready'] = 'true';
    return () => {
      delete document.body.dataset['ready'];
    };
  }, []);

  return (
    <div className="app">
      <Toolbar filterRef={filterRef} hostsOpen={hostsOpen} onToggleHosts={toggleHosts} />
      {hostsOpen && <WatchedHosts />}
      {hostsOpen && <PinSettings />}
      {hostsOpen && <PacksSection />}
      {view === 'errors' && (
        <>
          <Overview />
          <NavigationDropNotice />
          <HarPollPausedNotice />
          <ListenerOffer />
          <div className="main">
            <ErrorList rows={rows} range={range} scrollRef={scrollRef} onScroll={onScroll} />
            <DetailsPane />
          </div>
        </>
      )}
      {view === 'audit' && <AuditView />}
      {view === 'summary' && <SummaryView />}
      <StatusBar shown={rows.length} />
      <HarDropZone />
    </div>
  );
}
