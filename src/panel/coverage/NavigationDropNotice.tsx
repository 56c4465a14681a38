import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { CoverageNotice } from './CoverageNotice';

/** Firefox: a navigation with the log kept may have lost responses that were still pending. */
export function NavigationDropNotice() {
  const t = useT();
  const shown = useAppStore((s) => s.navigationMayDrop);
  const dismiss = useAppStore((s) => s.setNavigationMayDrop);
  if (!shown) return null;
  return (
    <CoverageNotice
      id="navigation-drop"
      text={t('navigationDrop')}
      onDismiss={() => dismiss(false)}
    />
  );
}
