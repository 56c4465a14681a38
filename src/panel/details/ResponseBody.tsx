import type { CapturedError } from '../../core/capture/capturedError';
import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { BodyView } from './BodyView';
import { Section } from './Section';

const MB = 1024 * 1024;

/** The response body, or why it is gone: the byte budget drops the oldest bodies, not rows. */
export function ResponseBody({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const budget = useAppStore((s) => s.settings.bodyBudget);
  // The budget empties a kept error in place; this count is what changes when it does.
  useAppStore((s) => s.droppedBodies);
  if (error.bodyDropped) {
    return (
      <Section title={t('body')} className="body">
        <p id="body-dropped" className="status-warn">
          {t('bodyDropped', { mb: Math.round(budget / MB) })}
        </p>
      </Section>
    );
  }
  return <BodyView error={error} />;
}
