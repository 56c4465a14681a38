import { describe, expect, it } from 'vitest';
import { FakeSeam } from '../../test/fakes/fakeSeam';
import { migrateSettings } from './migrateSettings';

describe('migrateSettings', () => {
  it('keeps well-typed known fields and drops the rest', async () => {
    const seam = new FakeSeam();
    seam.storage.set('settings', { watchedHosts: ['a.com', 5], preserveLog: 'no', legacy: 1 });
    await migrateSettings(seam);
    expect(seam.storage.get('settings')).toEqual({ watchedHosts: ['a.com'] });
  });

  it('writes nothing on a fresh install', async () => {
    const seam = new FakeSeam();
    await migrateSettings(seam);
    expect(seam.storage.has('settings')).toBe(false);
  });
});
