import './har.css';
import { ExportHarButton } from './ExportHarButton';
import { ImportHarButton } from './ImportHarButton';

/** HAR in and out (import also by drop, see HarDropZone); the toolbar shows the progress. */
export function HarButtons() {
  return (
    <>
      <span className="toolbar-divider" />
      <ImportHarButton />
      <ExportHarButton />
    </>
  );
}
