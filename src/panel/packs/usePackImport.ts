import { useState } from 'react';
import { importPack } from '../../store/userPacks';
import { useAppStore, useStoreApi } from '../storeContext';

/** The outcome of the last import, for the panel to show: the pack's id, or every problem. */
export type ImportOutcome =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly problems: readonly string[] }
  | null;

// Larger than any pack the schema accepts (2 MB of text): read no further than that.
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Imports a pack's text into settings (persisted to storage.local) and keeps the outcome. */
export function usePackImport() {
  const store = useStoreApi();
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [outcome, setOutcome] = useState<ImportOutcome>(null);

  const importText = (text: string) => {
    const result = importPack(store.getState().settings.userPacks, text);
    if (result.ok) updateSettings({ userPacks: result.packs });
    setOutcome(result.ok ? { ok: true, id: result.id } : result);
    return result.ok;
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({ ok: false, problems: [`(root): is larger than ${MAX_FILE_BYTES} bytes`] });
      return;
    }
    importText(await file.text());
  };

  return { outcome, importText, importFile };
}
