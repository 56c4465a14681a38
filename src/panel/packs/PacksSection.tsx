import { builtinSummaries } from '../../core/pack/userPacks';
import type { StoredPack } from '../../store/settings';
import { compileStoredPacks } from '../../store/userPacks';
import { downloadText } from '../har/download';
import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { PackImport } from './PackImport';
import { PackRow } from './PackRow';
import { usePackImport } from './usePackImport';
import './packs.css';

const BUILTINS = builtinSummaries();

/**
 * The error packs: the user's (tried first on their hosts) and the built-ins, with import,
 * enable/disable, export and remove. Changes go to settings, so storage.local keeps them and
 * capture decodes every new response with them at once.
 */
export function PacksSection() {
  const t = useT();
  const userPacks = useAppStore((s) => s.settings.userPacks);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const { outcome, importText, importFile } = usePackImport();
  const { listed } = compileStoredPacks(userPacks);

  const replace = (at: number, next: StoredPack | null) =>
    updateSettings({
      userPacks: userPacks.flatMap((p, i) => (i !== at ? [p] : next === null ? [] : [next])),
    });

  return (
    <section id="packs" className="packs" aria-label={t('packsTitle')}>
      <p className="hint">
        <strong>{t('packsTitle')}.</strong> {t('packsHint')}
      </p>
      <table className="packs-table">
        <thead>
          <tr>
            <th>{t('packId')}</th>
            <th>{t('packVersion')}</th>
            <th>{t('packHosts')}</th>
            <th>{t('packCodes')}</th>
            <th>{t('packOrigin')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {listed.map((pack, at) =>
            pack.ok ? (
              <PackRow
                key={`user-${at}`}
                summary={pack.summary}
                user={{
                  enabled: pack.stored.enabled,
                  onToggle: () => replace(at, { ...pack.stored, enabled: !pack.stored.enabled }),
                  onExport: () =>
                    downloadText(pack.stored.text, `${pack.summary.id}.json`, 'application/json'),
                  onRemove: () => replace(at, null),
                }}
              />
            ) : null,
          )}
          {BUILTINS.map((summary) => (
            <PackRow key={summary.id} summary={summary} />
          ))}
        </tbody>
      </table>
      <PackImport outcome={outcome} importText={importText} importFile={importFile} />
    </section>
  );
}
