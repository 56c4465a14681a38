import type { BackgroundSeam } from '../platform/seam';
import { SETTINGS_KEY, sanitizeSettings } from '../store/settings';

/**
 * On install or update, rewrites stored settings keeping only well-typed known fields, so a
 * value an older build wrote can never reach the panel in a shape it does not expect.
 */
export async function migrateSettings(seam: Pick<BackgroundSeam, 'storageGet' | 'storageSet'>) {
  const stored = await seam.storageGet(SETTINGS_KEY);
  if (stored === undefined) return;
  await seam.storageSet(SETTINGS_KEY, sanitizeSettings(stored));
}
