import { useT } from '../i18n/useT';
import { useCopyStatus } from '../useCopyStatus';
import { Section } from './Section';

/** The id support will ask for, one click from the clipboard. */
export function RequestId({ id }: { readonly id: string }) {
  const t = useT();
  const { copy, status } = useCopyStatus();

  return (
    <Section title={t('requestId')} className="request-id">
      <div className="copy-line">
        <code id="request-id">{id}</code>
        <button id="copy-request-id" type="button" onClick={() => copy(() => id)}>
          {t('copy')}
        </button>
        {status}
      </div>
    </Section>
  );
}
