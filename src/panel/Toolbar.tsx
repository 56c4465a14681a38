import { memo, type RefObject } from 'react';
import { ImportProgress } from './har/ImportProgress';
import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';
import { useToolbarFit } from './toolbarFit';
import { ToolbarMore } from './ToolbarMore';
import { ViewTabs } from './views/ViewTabs';

interface ToolbarProps {
  readonly filterRef: RefObject<HTMLInputElement | null>;
  readonly hostsOpen: boolean;
  readonly onToggleHosts: () => void;
}

/**
 * One row, as the Network panel's: when it would wrap (a DevTools window docked at the bottom
 * of a laptop screen), the less-used controls fold behind » and the list keeps its rows.
 * Memoized: it reads the store itself, so a new batch of rows does not re-render it.
 */
export const Toolbar = memo(function Toolbar({
  filterRef,
  hostsOpen,
  onToggleHosts,
}: ToolbarProps) {
  const t = useT();
  const filterText = useAppStore((s) => s.filterText);
  const preserveLog = useAppStore((s) => s.settings.preserveLog);
  const setFilterText = useAppStore((s) => s.setFilterText);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const clear = useAppStore((s) => s.clear);
  const [fitRef, compact] = useToolbarFit();

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('filterLabel')}
      ref={fitRef}
      data-compact={compact || undefined}
    >
      <ViewTabs />
      <span className="toolbar-divider" />
      <input
        id="filter"
        ref={filterRef}
        className="filter"
        type="text"
        value={filterText}
        placeholder={t('filterPlaceholder')}
        aria-label={t('filterLabel')}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setFilterText(e.target.value)}
      />
      <span className="toolbar-divider" />
      <label className="checkbox" title={t('preserveLogTitle')}>
        <input
          id="preserve-log"
          type="checkbox"
          checked={preserveLog}
          onChange={(e) => updateSettings({ preserveLog: e.target.checked })}
        />
        {t('preserveLog')}
      </label>
      <button id="clear" type="button" title={t('clearTitle')} onClick={clear}>
        {t('clear')}
      </button>
      {/* Outside the menu: an import's progress stays in sight when the toolbar folds. */}
      <span className="toolbar-status" data-fit-watch>
        <ImportProgress />
      </span>
      <ToolbarMore compact={compact} hostsOpen={hostsOpen} onToggleHosts={onToggleHosts} />
    </div>
  );
});
