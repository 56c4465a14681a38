import { useRef } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore, useStoreApi } from '../storeContext';
import { startHarImport } from './startImport';

/** "Import HAR": a button that opens a hidden file input; one import at a time. */
export function ImportHarButton() {
  const t = useT();
  const store = useStoreApi();
  const running = useAppStore((s) => s.harImport.state === 'running');
  const input = useRef<HTMLInputElement>(null);

  return (
    <>
      <button
        id="import-har"
        type="button"
        title={t('importHarTitle')}
        disabled={running}
        onClick={() => input.current?.click()}
      >
        {t('importHar')}
      </button>
      <input
        id="import-har-input"
        ref={input}
        type="file"
        accept=".har,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so that picking the same file again fires `change` again.
          e.target.value = '';
          if (file !== undefined) startHarImport(store, file);
        }}
      />
    </>
  );
}
