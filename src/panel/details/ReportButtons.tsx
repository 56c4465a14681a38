import type { CapturedError } from '../../core/capture/capturedError';
import { supportReport } from '../../core/report/supportReport';
import { toCurl } from '../../core/report/curl';
import type { MessageKey } from '../i18n/en';
import { useLang, useT } from '../i18n/useT';
import { useCopyStatus } from '../useCopyStatus';

/**
 * "Copy support report" (Markdown, in the UI language) and "Copy as cURL" for the open error.
 * Both texts are built at click time and redacted: no token, key, cookie or password leaves.
 */
export function ReportButtons({ error }: { readonly error: CapturedError }) {
  const lang = useLang();
  return (
    <div className="section report-buttons">
      <CopyButton
        id="copy-report"
        label="copyReport"
        title="copyReportTitle"
        text={() => supportReport(error, lang)}
      />
      <CopyButton
        id="copy-curl"
        label="copyCurl"
        title="copyCurlTitle"
        text={() => toCurl(error)}
      />
    </div>
  );
}

function CopyButton({
  id,
  label,
  title,
  text,
}: {
  readonly id: string;
  readonly label: MessageKey;
  readonly title: MessageKey;
  readonly text: () => string;
}) {
  const t = useT();
  const { state, copy, status } = useCopyStatus();

  return (
    <span className="copy-line">
      <button id={id} type="button" title={t(title)} data-state={state} onClick={() => copy(text)}>
        {t(label)}
      </button>
      {status}
    </span>
  );
}
