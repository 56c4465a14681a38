import { memo } from 'react';
import type { CapturedError } from '../core/capture/capturedError';
import type { AppState } from '../store/appStore';
import { BatchList } from './details/BatchList';
import { FieldErrors } from './details/FieldErrors';
import { GapInfo } from './details/GapInfo';
import { HeadersTable } from './details/HeadersTable';
import { InitiatorInfo } from './details/InitiatorInfo';
import { ReportButtons } from './details/ReportButtons';
import { RateLimitInfo } from './details/RateLimitInfo';
import { RequestId } from './details/RequestId';
import { RequestView } from './details/RequestView';
import { ResponseBody } from './details/ResponseBody';
import { RetryInfo } from './details/RetryInfo';
import { Summary } from './details/Summary';
import { useT } from './i18n/useT';
import { findById } from './lib/findById';
import { useAppStore } from './storeContext';
import { IconButton } from './IconButton';

function openError(s: AppState): CapturedError | null {
  if (!s.detailsOpen || s.selectedId === null) return null;
  const id = s.selectedId;
  return findById(s.errors, id);
}

/** The side pane for the open error. Everything in it is text: bodies are never HTML. */
export const DetailsPane = memo(function DetailsPane() {
  const t = useT();
  const error = useAppStore(openError);
  const closeDetails = useAppStore((s) => s.closeDetails);
  if (error === null) return null;

  return (
    <aside id="details" className="details" aria-label={t('detailsLabel')} data-id={error.id}>
      <header className="details-header">
        <span className="details-request" title={error.url}>
          <span className="details-method">{error.method}</span> {error.url}
        </span>
        <IconButton id="details-close" label={t('closeDetails')} onClick={closeDetails}>
          ×
        </IconButton>
      </header>
      {/* Keyed by id: a countdown or a "Copied" state never carries over to another error. */}
      <DetailsContent key={error.id} error={error} />
    </aside>
  );
});

function DetailsContent({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const d = error.decoded;
  return (
    <div className="details-content">
      <Summary error={error} />
      <GapInfo error={error} />
      <ReportButtons error={error} />
      <RetryInfo error={error} />
      {d.rateLimit !== null && <RateLimitInfo rateLimit={d.rateLimit} />}
      {d.requestId !== null && <RequestId id={d.requestId} />}
      {d.fieldErrors.length > 0 && <FieldErrors errors={d.fieldErrors} />}
      {d.batch.length > 1 && <BatchList items={d.batch} />}
      <InitiatorInfo error={error} />
      <ResponseBody error={error} />
      <RequestView error={error} />
      <HeadersTable kind="request" title={t('requestHeaders')} headers={error.requestHeaders} />
      <HeadersTable kind="response" title={t('responseHeaders')} headers={error.responseHeaders} />
    </div>
  );
}
