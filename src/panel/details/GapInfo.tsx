import type { CapturedError } from '../../core/capture/capturedError';
import { useT } from '../i18n/useT';
import { Section } from './Section';

/** Why the row has no body (or came from outside DevTools' events), and what to do about it. */
export function GapInfo({ error }: { readonly error: CapturedError }) {
  const t = useT();
  if (error.gap === null) return null;
  const gap = error.gap;
  return (
    <Section title={t('gapSection')} className="gap-info">
      <p id="gap-title" className="status-warn" data-gap={gap}>
        {t(`gap.${gap}.title`)}
      </p>
      <dl className="facts">
        <dt>{t('gapWhat')}</dt>
        <dd id="gap-what">{t(`gap.${gap}.what`)}</dd>
        <dt>{t('gapTodo')}</dt>
        <dd id="gap-todo">{t(`gap.${gap}.todo`)}</dd>
      </dl>
    </Section>
  );
}
