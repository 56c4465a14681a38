import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { IconButton } from '../IconButton';

/** "Importing… 42%", then what the import found or why it failed, until dismissed. */
export function ImportProgress() {
  const t = useT();
  const status = useAppStore((s) => s.harImport);
  const setHarImport = useAppStore((s) => s.setHarImport);
  if (status.state === 'idle') return null;

  const running = status.state === 'running';
  let text: string;
  let title = status.fileName;
  if (status.state === 'running') text = t('importing', { percent: status.percent });
  else if (status.state === 'done') {
    text = t('importDone', { errors: status.errors, entries: status.entries });
    if (status.skipped > 0) {
      text += ` · ${t('importSkipped', { n: status.skipped })}`;
      // Which entries and why, for the user who looks: `#3 invalid-status 500.5`.
      title += `\n${status.firstSkipped.map((s) => `#${s.entry} ${s.reason} ${s.detail}`).join('\n')}`;
    }
  } else text = t(`importFailed.${status.reason}` satisfies MessageKey, { name: status.fileName });

  return (
    <span
      id="import-progress"
      className="import-progress"
      data-state={status.state}
      role="status"
      title={title}
    >
      {running && (
        <progress className="import-bar" max={100} value={status.percent} aria-hidden="true" />
      )}
      <span className="import-text">{text}</span>
      <IconButton
        id={running ? 'import-cancel' : 'import-dismiss'}
        label={running ? t('importCancel') : t('importDismiss')}
        onClick={() => (running ? status.cancel() : setHarImport({ state: 'idle' }))}
      >
        ×
      </IconButton>
    </span>
  );
}
