import { browserBackgroundSeam } from '../platform/browserSeam';
import { migrateSettings } from './migrateSettings';
import { startWebRequestBridge } from './webRequestBridge';

const seam = browserBackgroundSeam();
seam.onInstalled(() => void migrateSettings(seam).catch(() => {}));
// In the worker's first turn: an MV3 worker is woken only by listeners added then.
startWebRequestBridge(seam);
seam.onOpenListenerPage(() => void seam.openListenerPage().catch(() => {}));
