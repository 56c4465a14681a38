import { memo } from 'react';
import type { ActiveView } from '../../store/viewSlice';
import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';

const VIEWS: readonly ActiveView[] = ['errors', 'audit', 'summary'];

/** Switches between the error list, the retry audit and the summary, like DevTools' tabs. */
export const ViewTabs = memo(function ViewTabs() {
  const t = useT();
  const active = useAppStore((s) => s.activeView);
  const setActiveView = useAppStore((s) => s.setActiveView);
  const label = { errors: t('viewErrors'), audit: t('viewAudit'), summary: t('viewSummary') };
  return (
    <div className="view-tabs" role="tablist">
      {VIEWS.map((view) => (
        <button
          key={view}
          id={`view-${view}`}
          type="button"
          role="tab"
          aria-selected={active === view}
          className={active === view ? 'view-tab active' : 'view-tab'}
          onClick={() => setActiveView(view)}
        >
          {label[view]}
        </button>
      ))}
    </div>
  );
});
