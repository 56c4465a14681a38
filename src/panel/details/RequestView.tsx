import { useMemo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import { redactBodyText } from '../../core/redact/index';
import { useT } from '../i18n/useT';
import { kilobytes } from '../lib/format';
import { Section } from './Section';

/**
 * What was sent, where the panel cut it: a URL over URL_LIMIT and a request body over the body
 * limit are kept in part, and this says so. The body is redacted, as headers are masked.
 */
export function RequestView({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const body = error.requestBody;
  const shown = useMemo(() => (body === null ? null : redactBodyText(body)), [body]);
  if (!error.urlTruncated && shown === null) return null;
  return (
    <Section title={t('requestBody')} className="request">
      {error.urlTruncated && (
        <p id="url-truncated" className="status-warn">
          {t('urlTruncated', {
            kept: kilobytes(error.url.length),
            total: kilobytes(error.urlSize),
          })}
        </p>
      )}
      {error.requestBodyTruncated && (
        <p id="request-body-truncated" className="status-warn">
          {t('requestBodyTruncated', {
            kept: kilobytes(body?.length ?? 0),
            total: kilobytes(error.requestBodySize),
          })}
        </p>
      )}
      {shown !== null && (
        <pre id="details-request-body" className="body-text">
          {shown}
        </pre>
      )}
    </Section>
  );
}
