import { useState } from 'react';
import { version } from '../../../package.json';
import { buildHar, harFileName } from '../../core/har/exportHar';
import { redactForHar } from '../../core/har/harRedaction';
import { useFilteredErrors } from '../hooks/useFilteredErrors';
import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { downloadText } from './download';

type Which = 'all' | 'shown';

/** "Export HAR": opens a small menu to choose the rows and redaction, then saves the file. */
export function ExportHarButton() {
  const t = useT();
  const empty = useAppStore((s) => s.errors.length === 0);
  const [open, setOpen] = useState(false);
  return (
    <span className="har-export">
      <button
        id="export-har"
        type="button"
        title={t('exportHarTitle')}
        aria-expanded={open}
        aria-controls="export-har-menu"
        disabled={empty && !open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('exportHar')}
      </button>
      {open && <ExportHarMenu onClose={() => setOpen(false)} />}
    </span>
  );
}

/** Mounted only while open, so the list's filter runs here only then. */
function ExportHarMenu({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const all = useAppStore((s) => s.errors);
  const shown = useFilteredErrors();
  const [which, setWhich] = useState<Which>('all');
  // On by default, every time the menu opens: a HAR is a file that gets shared.
  const [redact, setRedact] = useState(true);

  const save = () => {
    const har = buildHar(which === 'all' ? all : shown, {
      version,
      redact: redact ? redactForHar : null,
    });
    downloadText(JSON.stringify(har, null, 2), harFileName(new Date()), 'application/json');
    onClose();
  };

  return (
    <div
      id="export-har-menu"
      className="har-export-menu"
      role="dialog"
      aria-label={t('exportHar')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <label>
        {t('exportWhich')}
        <select id="export-which" value={which} onChange={(e) => setWhich(e.target.value as Which)}>
          <option value="all">{t('exportAll', { n: all.length })}</option>
          <option value="shown">{t('exportShown', { n: shown.length })}</option>
        </select>
      </label>
      <label className="checkbox" title={t('exportRedactTitle')}>
        <input
          id="export-redact"
          type="checkbox"
          checked={redact}
          onChange={(e) => setRedact(e.target.checked)}
        />
        {t('exportRedact')}
      </label>
      <button id="export-har-save" type="button" onClick={save}>
        {t('exportSave')}
      </button>
    </div>
  );
}
