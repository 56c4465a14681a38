import { useEffect, useState, type ReactNode } from 'react';
import { copyText } from './clipboard';
import { useT } from './i18n/useT';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * One copy-to-clipboard action and its confirmation, shared by every Copy button. The text is
 * built at click time (a report or cURL is redacted then), and a text that fails to build
 * reads as a failed copy.
 */
export function useCopyStatus(): {
  readonly state: CopyState;
  readonly copy: (text: () => string) => void;
  readonly status: ReactNode;
} {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');

  // The confirmation fades after a moment, so a second copy reads as a second copy.
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = (text: () => string) =>
    void Promise.resolve()
      .then(() => copyText(text()))
      .then(
        (ok) => setState(ok ? 'copied' : 'failed'),
        () => setState('failed'),
      );
  const status = state !== 'idle' && (
    <span className="muted" role="status">
      {t(state === 'copied' ? 'copied' : 'copyFailed')}
    </span>
  );
  return { state, copy, status };
}
