import './har.css';
import { ExportHarButton } from './ExportHarButton';
import { ImportHarButton } from './ImportHarButton';
import { ImportProgress } from './ImportProgress';

/** HAR in and out, in the toolbar: import (also by drop, see HarDropZone), its progress, export. */
export function HarButtons() {
  return (
    <>
      <span className="toolbar-divider" />
      <ImportHarButton />
      <ExportHarButton />
      <ImportProgress />
    </>
  );
}
