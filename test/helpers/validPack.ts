/** A catalog entry with every required member; `extra` replaces or adds members. */
export const validEntry = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: 't',
  meaning: 'm',
  action: 'a',
  retry: { advice: 'no' },
  ...extra,
});

/** The smallest valid pack, for validation tests; `extra` replaces or adds top-level members. */
export function validPack(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'p',
    name: 'P',
    version: '1.0.0',
    errorOn2xx: false,
    envelope: { match: [{ path: '/fault', type: 'object' }], code: '/fault/reason' },
    codes: { BOOM: validEntry() },
    ...extra,
  };
}
