import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { useStoreApi } from '../storeContext';
import { startHarImport } from './startImport';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;

/**
 * Accepts a file dropped anywhere on the panel and imports it as a HAR; shows an overlay while
 * a file is dragged over. It also owns the import's lifetime: the store outlives the panel, but
 * the worker dies with this document, so an import still running when the panel goes is
 * cancelled rather than left "importing" forever.
 */
export function HarDropZone() {
  const t = useT();
  const store = useStoreApi();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every child crossed: count them to know when we left.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // without it the browser opens the file instead of dropping it here
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file !== undefined) startHarImport(store, file);
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
      const status = store.getState().harImport;
      if (status.state === 'running') status.cancel();
    };
  }, [store]);

  if (!over) return null;
  return (
    <div id="har-drop-overlay" className="har-drop-overlay" aria-hidden="true">
      <span>{t('importDrop')}</span>
    </div>
  );
}
