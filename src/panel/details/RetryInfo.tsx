import type { CapturedError } from '../../core/capture/capturedError';
import { exhaustedQuotaWait } from '../../core/http/rateLimit';
import type { DecodedError, RetrySchedule } from '../../core/types';
import { useNow } from '../hooks/useNow';
import type { Translate } from '../i18n/translate';
import { useLang, useT } from '../i18n/useT';
import { Section } from './Section';

/** The schedule exactly as documented: no unit or series the document does not give. */
function scheduleText(schedule: RetrySchedule, t: Translate): string {
  if (schedule.kind === 'range') {
    return t('scheduleRange', { min: schedule.minSeconds, max: schedule.maxSeconds });
  }
  return schedule.base === undefined
    ? t('scheduleExponential')
    : t('scheduleExponentialBase', { base: schedule.base });
}

/** Which source gave the delay: the response's own headers or body, or the documentation. */
function delaySource(d: DecodedError, t: Translate): string {
  switch (d.retry.afterSource) {
    case 'retry-after':
      return t('retryFromHeader');
    case 'retry-info':
      return t('retryFromBody');
    case 'ratelimit': {
      const policy = exhaustedQuotaWait(d.rateLimit)?.policy.name ?? null;
      return policy === null ? t('retryFromRateLimitUnnamed') : t('retryFromRateLimit', { policy });
    }
    case 'x-ratelimit-reset':
      return t('retryFromXRateLimit');
    default:
      return t('retryDocumented');
  }
}

/** Whether and when to retry, with a live countdown to the moment a retry is allowed. */
export function RetryInfo({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const lang = useLang();
  const r = error.decoded.retry;
  const allowedAt = r.afterSeconds === null ? null : error.respondedAt + r.afterSeconds * 1000;
  return (
    <Section title={t('retry')} className="retry">
      <p className="advice" data-advice={r.advice}>
        {t(`advice.${r.advice}`)}
      </p>
      {r.warning !== null && <p className="retry-warning">{r.warning[lang]}</p>}
      {allowedAt !== null && (
        <p className="countdown">
          <Countdown at={allowedAt} />{' '}
          <span className="muted delay-source" data-source={r.afterSource ?? ''}>
            ({delaySource(error.decoded, t)})
          </span>
        </p>
      )}
      {r.maxAttempts !== null && <p>{t('maxAttempts', { n: r.maxAttempts })}</p>}
      {r.schedule !== null && <p className="schedule">{scheduleText(r.schedule, t)}</p>}
      {!r.documented && <p className="retry-undocumented muted">{t('retryUndocumented')}</p>}
    </Section>
  );
}

/** Its own component, so the once-a-second tick re-renders one line, not the pane. */
function Countdown({ at }: { readonly at: number }) {
  const t = useT();
  const now = useNow(at);
  const seconds = Math.ceil((at - now) / 1000);
  return (
    <span id="retry-countdown">{seconds > 0 ? t('retryIn', { s: seconds }) : t('retryNow')}</span>
  );
}
