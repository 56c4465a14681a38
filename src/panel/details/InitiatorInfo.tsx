import type { CapturedError } from '../../core/capture/capturedError';
import { callSiteLabel } from '../../core/capture/initiator';
import { useT } from '../i18n/useT';
import { InitiatorLink } from '../InitiatorLink';
import { Section } from './Section';

/** Which code made the call, or why that is unknown. */
export function InitiatorInfo({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const site = error.initiator;
  // An imported HAR may come from Chrome and carry initiators; live Firefox capture never does.
  const none =
    __BROWSER__ === 'firefox' && !error.imported ? t('initiatorFirefox') : t('initiatorNone');
  return (
    <Section title={t('initiator')} className="initiator">
      {site === null ? (
        <p id="initiator-none" className="muted">
          {none}
        </p>
      ) : (
        <p id="initiator-site" className="copy-line">
          <InitiatorLink site={site} />
          <span className="muted initiator-url">{site.url}</span>
          {!site.app && (
            <span className="muted">
              {t('initiatorOnlyLibraries', { where: callSiteLabel(site) })}
            </span>
          )}
        </p>
      )}
    </Section>
  );
}
