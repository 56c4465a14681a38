import { useState } from 'react';
import { useT } from './i18n/useT';
import { addPatterns } from './lib/watched';
import { useAppStore } from './storeContext';

/** The inline editor of `settings.watchedHosts`; capture skips other hosts, the list hides them. */
export function WatchedHosts() {
  const t = useT();
  const hosts = useAppStore((s) => s.settings.watchedHosts);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [draft, setDraft] = useState('');

  const add = () => {
    const next = addPatterns(hosts, draft);
    if (next !== hosts) updateSettings({ watchedHosts: next });
    setDraft('');
  };
  const remove = (host: string) =>
    updateSettings({ watchedHosts: hosts.filter((h) => h !== host) });

  return (
    <form
      id="watched-hosts"
      className="watched-hosts"
      aria-label={t('watchedHosts')}
      onSubmit={(e) => {
        e.preventDefault(); // Enter in the input adds, it must not reload the panel
        add();
      }}
    >
      <p className="hint">{t('watchedHint')}</p>
      {hosts.length === 0 ? (
        <p className="hint">{t('watchedNone')}</p>
      ) : (
        <ul className="watched-list">
          {hosts.map((host) => (
            <li key={host} className="watched-host" data-host={host}>
              <code>{host}</code>
              <button
                type="button"
                className="watched-host-remove icon-button"
                aria-label={t('removeHost', { host })}
                title={t('removeHost', { host })}
                onClick={() => remove(host)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="watched-add">
        <input
          id="watched-host-input"
          type="text"
          value={draft}
          placeholder={t('watchedPlaceholder')}
          aria-label={t('watchedHosts')}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setDraft(e.target.value)}
        />
        <button id="watched-host-add" type="submit">
          {t('add')}
        </button>
      </div>
    </form>
  );
}
