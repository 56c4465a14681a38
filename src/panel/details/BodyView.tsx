import { useMemo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import { prettyBody } from '../../core/json/prettyJson';
import { kilobytes } from '../lib/format';
import { useT } from '../i18n/useT';
import { Section } from './Section';

/** The raw response body, as text in a <pre>: hostile markup stays visible markup. */
export function BodyView({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const pretty = useMemo(() => prettyBody(error.body), [error.body]);
  const text = pretty.text;
  // An empty body is "empty" only when there was one to read.
  const none =
    error.decoded.format === 'network'
      ? t('bodyBelowHttp')
      : error.gap !== null && error.gap !== 'truncated'
        ? t('bodyUnavailable')
        : t('emptyBody');
  return (
    <Section title={t('body')} className="body">
      {error.bodyTruncated && (
        <p id="body-truncated" className="status-warn">
          {t('bodyTruncated', {
            kept: kilobytes(error.body.length),
            total: kilobytes(error.bodySize),
          })}
        </p>
      )}
      {pretty.tooLarge && (
        <p id="body-not-indented" className="status-warn">
          {t('bodyNotIndented')}
        </p>
      )}
      <pre id="details-body" className="body-text">
        {text === '' ? none : text}
      </pre>
    </Section>
  );
}
