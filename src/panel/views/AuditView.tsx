import { memo, useCallback, useMemo } from 'react';
import { VIOLATION_KINDS, type ViolationKind } from '../../core/audit/requestRecord';
import type { CapturedError } from '../../core/capture/capturedError';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { AuditExtensionsToggle } from './AuditExtensionsToggle';
import { AuditRow } from './AuditRow';
import './audit.css';

// A storm can break rules thousands of times; a table of the latest is what a reader uses.
const MAX_SHOWN = 500;

const COLUMNS: readonly MessageKey[] = [
  'colTime',
  'colMethod',
  'colUrl',
  'colStatus',
  'colRule',
  'colRetryOf',
];

/** The retry audit: every broken retry rule, oldest first; "retry of" opens the error. */
export const AuditView = memo(function AuditView() {
  const t = useT();
  const violations = useAppStore((s) => s.auditViolations);
  const errors = useAppStore((s) => s.errors);
  const setActiveView = useAppStore((s) => s.setActiveView);
  const openDetails = useAppStore((s) => s.openDetails);
  const byId = useMemo(
    () => new Map<number, CapturedError>(errors.map((e) => [e.id, e])),
    [errors],
  );
  const counts = useMemo(() => {
    const out = new Map<ViolationKind, number>();
    for (const v of violations) out.set(v.kind, (out.get(v.kind) ?? 0) + 1);
    return out;
  }, [violations]);
  const onOpen = useCallback(
    (id: number) => {
      setActiveView('errors');
      openDetails(id);
    },
    [setActiveView, openDetails],
  );

  if (violations.length === 0) {
    return (
      <section id="audit-view" className="audit-view" aria-label={t('auditLabel')}>
        <div id="audit-empty" className="placeholder">
          <p className="placeholder-title">{t('auditEmptyTitle')}</p>
          <p>{t('auditEmptyHint')}</p>
          <AuditExtensionsToggle />
        </div>
      </section>
    );
  }

  const shown = violations.length > MAX_SHOWN ? violations.slice(-MAX_SHOWN) : violations;
  return (
    <section id="audit-view" className="audit-view" aria-label={t('auditLabel')}>
      <p className="audit-summary">
        <span id="audit-count">{t('auditCount', { n: violations.length })}</span>
        {VIOLATION_KINDS.filter((kind) => counts.has(kind)).map((kind) => (
          <span key={kind} className="audit-kind-count" data-kind={kind}>
            {t(`violation.${kind}`)}: {counts.get(kind)}
          </span>
        ))}
        {shown !== violations && <span>{t('auditLatest', { shown: shown.length })}</span>}
        <AuditExtensionsToggle />
      </p>
      <table className="audit-table">
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((v) => (
            <AuditRow
              key={v.seq}
              violation={v}
              retried={byId.get(v.retryOf)}
              t={t}
              onOpen={onOpen}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
});
