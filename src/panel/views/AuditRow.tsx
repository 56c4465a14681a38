import { memo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import type { AuditViolation } from '../../store/auditSlice';
import type { Translate } from '../i18n/translate';
import { clockTime } from '../lib/format';

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

interface AuditRowProps {
  readonly violation: AuditViolation;
  /** The error row it retried, while the list still holds it. */
  readonly retried: CapturedError | undefined;
  readonly t: Translate;
  readonly onOpen: (id: number) => void;
}

/** One broken rule. `data-kind` is a stable hook for e2e tests and for CSS. */
export const AuditRow = memo(function AuditRow({
  violation: v,
  retried,
  t,
  onOpen,
}: AuditRowProps) {
  const code = retried?.decoded.code ?? null;
  return (
    <tr
      className="audit-row"
      data-kind={v.kind}
      data-retry-of={v.retryOf}
      data-error-id={v.errorId ?? ''}
    >
      <td className="audit-time">{clockTime(v.startedAt)}</td>
      <td>{v.method}</td>
      <td className="audit-url" title={v.url}>
        <span className="url-host">{v.host}</span>
        {pathOf(v.url)}
      </td>
      <td className="audit-status">{v.status}</td>
      <td className="audit-kind">{t(`violation.${v.kind}`)}</td>
      <td>
        {retried === undefined ? (
          <span className="muted">{t('retryOfGone')}</span>
        ) : (
          <button
            type="button"
            className="audit-retry-of"
            title={t('retryOfTitle')}
            onClick={() => onOpen(v.retryOf)}
          >
            {clockTime(retried.startedAt)} · {retried.status}
            {code === null ? '' : ` ${String(code)}`}
          </button>
        )}
      </td>
    </tr>
  );
});
