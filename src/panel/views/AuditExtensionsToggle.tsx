import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';

/** Other extensions' requests are no retries of the app's, unless the user wants them audited. */
export function AuditExtensionsToggle() {
  const t = useT();
  const on = useAppStore((s) => s.settings.auditExtensions);
  const update = useAppStore((s) => s.updateSettings);
  return (
    <label className="checkbox">
      <input
        id="audit-extensions"
        type="checkbox"
        checked={on}
        onChange={(e) => update({ auditExtensions: e.target.checked })}
      />
      {t('auditExtensions')}
    </label>
  );
}
