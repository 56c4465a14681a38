import { browserBackgroundSeam } from '../platform/browserSeam';
import { migrateSettings } from './migrateSettings';

const seam = browserBackgroundSeam();
seam.onInstalled(() => void migrateSettings(seam).catch(() => {}));
