import { useEffect, useState } from 'react';
import { copyText } from '../clipboard';
import { useT } from '../i18n/useT';
import { Section } from './Section';

type CopyState = 'idle' | 'copied' | 'failed';

/** The id support will ask for, one click from the clipboard. */
export function RequestId({ id }: { readonly id: string }) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');

  // The confirmation fades after a moment, so a second copy reads as a second copy.
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <Section title={t('requestId')} className="request-id">
      <div className="copy-line">
        <code id="request-id">{id}</code>
        <button
          id="copy-request-id"
          type="button"
          onClick={() => void copyText(id).then((ok) => setState(ok ? 'copied' : 'failed'))}
        >
          {t('copy')}
        </button>
        {state !== 'idle' && (
          <span className="muted" role="status">
            {t(state === 'copied' ? 'copied' : 'copyFailed')}
          </span>
        )}
      </div>
    </Section>
  );
}
