import { useRef, useState, type DragEvent } from 'react';
import { useT } from '../i18n/useT';
import type { ImportOutcome } from './usePackImport';

interface PackImportProps {
  readonly outcome: ImportOutcome;
  importText(text: string): boolean;
  importFile(file: File): Promise<void>;
}

const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

/**
 * Imports a pack from a file (button, or dropped here) or from pasted JSON. A drop here is a
 * pack, not a HAR: it stops before the panel-wide HAR drop zone sees it.
 */
export function PackImport({ outcome, importText, importFile }: PackImportProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const stop = (e: DragEvent) => {
    if (!carriesFiles(e)) return false;
    e.preventDefault();
    e.stopPropagation();
    return true;
  };

  return (
    <div
      id="pack-import"
      className="pack-import"
      data-over={over || undefined}
      onDragEnter={(e) => stop(e) && setOver(true)}
      onDragOver={(e) => {
        if (stop(e)) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => stop(e) && setOver(false)}
      onDrop={(e) => {
        if (!stop(e)) return;
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file !== undefined) void importFile(file);
      }}
    >
      <div className="pack-import-row">
        <button id="pack-import-file" type="button" onClick={() => input.current?.click()}>
          {t('packImportFile')}
        </button>
        <input
          id="pack-import-input"
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // picking the same file again fires `change` again
            if (file !== undefined) void importFile(file);
          }}
        />
        <span className="hint">{t('packDropHint')}</span>
      </div>
      <textarea
        id="pack-paste"
        value={pasted}
        rows={3}
        spellCheck={false}
        placeholder={t('packPastePlaceholder')}
        aria-label={t('packPastePlaceholder')}
        onChange={(e) => setPasted(e.target.value)}
      />
      <button
        id="pack-import-paste"
        type="button"
        disabled={pasted.trim() === ''}
        onClick={() => {
          if (importText(pasted)) setPasted('');
        }}
      >
        {t('packImportPasted')}
      </button>
      {outcome?.ok === true && (
        <p id="pack-imported" className="hint" role="status">
          {t('packImported', { id: outcome.id })}
        </p>
      )}
      {outcome?.ok === false && (
        <div id="pack-problems" className="pack-problems" role="alert">
          <p>{t('packInvalid', { n: outcome.problems.length })}</p>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
