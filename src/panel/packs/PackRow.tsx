import type { PackSummary } from '../../core/pack/userPacks';
import { useLang, useT } from '../i18n/useT';

interface PackRowProps {
  readonly summary: PackSummary;
  /** A user pack's controls; a built-in has none. */
  readonly user?: {
    readonly enabled: boolean;
    onToggle(): void;
    onExport(): void;
    onRemove(): void;
  };
}

/** One pack in the Packs table: id, version, hosts, code count, and a user pack's controls. */
export function PackRow({ summary, user }: PackRowProps) {
  const t = useT();
  const lang = useLang();
  const { id } = summary;
  return (
    <tr className="pack-row" data-pack={id} data-origin={summary.origin}>
      <td>
        <code>{id}</code>
        <span className="pack-name">{summary.name[lang]}</span>
      </td>
      <td>{summary.version}</td>
      <td className="pack-hosts">
        {summary.hosts.length === 0 ? t('packAnyHost') : summary.hosts.join(', ')}
      </td>
      <td className="pack-codes">{summary.codeCount}</td>
      <td className="pack-origin">
        {summary.origin === 'user' ? t('packUser') : t('packBuiltin')}
      </td>
      <td className="pack-actions">
        {user && (
          <>
            <label className="pack-enabled">
              <input
                type="checkbox"
                checked={user.enabled}
                aria-label={t('packEnabled', { id })}
                onChange={user.onToggle}
              />
              {t('packOn')}
            </label>
            <button type="button" className="pack-export" onClick={user.onExport}>
              {t('packExport')}
            </button>
            <button
              type="button"
              className="pack-remove icon-button"
              aria-label={t('packRemove', { id })}
              title={t('packRemove', { id })}
              onClick={user.onRemove}
            >
              ×
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
