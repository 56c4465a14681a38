import { useState } from 'react';
import { FORMATS } from '../../core/formats/index';
import type { FormatId } from '../../core/types';
import { useLang, useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { pinHost, withoutPin, withPin } from './pinHost';

/**
 * The editor of `settings.pins`: bodies from a pinned host are decoded as its format first,
 * which settles envelopes two formats could claim. Capture reads the pins as each response
 * arrives, so a change applies to responses captured from then on.
 */
const MAX_SUGGESTIONS = 50;

export function PinSettings() {
  const t = useT();
  const lang = useLang();
  const pins = useAppStore((s) => s.settings.pins);
  const tally = useAppStore((s) => s.hostCounts);
  useAppStore((s) => s.hostsVersion); // the tally changes in place
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [draft, setDraft] = useState('');
  const [format, setFormat] = useState<FormatId>(FORMATS[0]?.id ?? 'http');
  const [invalid, setInvalid] = useState(false);

  const pinned = Object.entries(pins);
  // The busiest hosts: a storm of subdomains must not fill the list with thousands.
  const suggestions = tally
    .top(MAX_SUGGESTIONS)
    .map(([h]) => h)
    .filter((h) => h !== '' && !Object.hasOwn(pins, h));

  const add = () => {
    const host = pinHost(draft);
    setInvalid(host === '');
    if (host === '') return;
    if (pins[host] !== format) updateSettings({ pins: withPin(pins, host, format) });
    setDraft('');
  };

  return (
    <form
      id="pin-settings"
      className="pin-settings"
      aria-label={t('pinsTitle')}
      onSubmit={(e) => {
        e.preventDefault(); // Enter in the input adds, it must not reload the panel
        add();
      }}
    >
      <p className="hint">
        <strong>{t('pinsTitle')}.</strong> {t('pinsHint')}
      </p>
      {pinned.length === 0 ? (
        <p className="hint">{t('pinsNone')}</p>
      ) : (
        <ul className="pin-list">
          {pinned.map(([host, id]) => (
            <li key={host} className="pin-row" data-host={host} data-format={id}>
              <code>{host}</code>
              <span className="pin-arrow">→</span>
              <code>{id}</code>
              <button
                type="button"
                className="pin-remove icon-button"
                aria-label={t('removePin', { host })}
                title={t('removePin', { host })}
                onClick={() => updateSettings({ pins: withoutPin(pins, host) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pin-add">
        <input
          id="pin-host-input"
          type="text"
          value={draft}
          list="pin-host-suggestions"
          placeholder={t('pinHostPlaceholder')}
          aria-label={t('pinHost')}
          aria-invalid={invalid}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setDraft(e.target.value);
            setInvalid(false);
          }}
        />
        <datalist id="pin-host-suggestions">
          {suggestions.map((h) => (
            <option key={h} value={h} />
          ))}
        </datalist>
        <select
          id="pin-format-select"
          aria-label={t('pinFormat')}
          value={format}
          onChange={(e) => setFormat(e.target.value as FormatId)}
        >
          {FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.id} ({f.name[lang]})
            </option>
          ))}
        </select>
        <button id="pin-add" type="submit">
          {t('add')}
        </button>
      </div>
      {invalid && (
        <p id="pin-host-error" className="hint pin-error" role="alert">
          {t('pinHostInvalid')}
        </p>
      )}
    </form>
  );
}
