import { memo } from 'react';
import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';
import './views/audit.css';

/** "⚠ retry" on a row whose request broke a retry rule; the title names the rules. */
export const ViolationBadge = memo(function ViolationBadge({
  errorId,
}: {
  readonly errorId: number;
}) {
  const t = useT();
  const kinds = useAppStore((s) => s.violationKinds[errorId]);
  if (kinds === undefined) return null;
  const rules = kinds.map((kind) => t(`violation.${kind}`)).join('; ');
  return (
    <span
      className="violation-badge"
      data-kinds={kinds.join(' ')}
      title={t('violationBadgeTitle', { rules })}
    >
      ⚠ {t('violationBadge')}
    </span>
  );
});
