import type { RateLimit } from '../../core/types';
import { useNow } from '../hooks/useNow';
import { localeOf } from '../i18n/translate';
import { useLang, useT } from '../i18n/useT';
import { Section } from './Section';

/** `X-RateLimit-*` state; the reset is a Unix time in seconds, shown as a local clock time. */
export function RateLimitInfo({ rateLimit }: { readonly rateLimit: RateLimit }) {
  const t = useT();
  const { limit, remaining, resetAt } = rateLimit;
  return (
    <Section title={t('rateLimit')} className="rate-limit">
      <dl className="facts">
        <dt>{t('rateLimitLimit')}</dt>
        <dd>{limit ?? t('unknown')}</dd>
        <dt>{t('rateLimitRemaining')}</dt>
        <dd>{remaining ?? t('unknown')}</dd>
        {resetAt !== null && (
          <>
            <dt>{t('rateLimitReset')}</dt>
            <dd>
              <ResetTime at={resetAt * 1000} />
            </dd>
          </>
        )}
      </dl>
    </Section>
  );
}

function ResetTime({ at }: { readonly at: number }) {
  const t = useT();
  const lang = useLang();
  const now = useNow(at);
  const seconds = Math.ceil((at - now) / 1000);
  const clock = new Date(at).toLocaleTimeString(localeOf(lang));
  return (
    <span className="reset-at">
      {clock} ({seconds > 0 ? t('resetIn', { s: seconds }) : t('resetPassed')})
    </span>
  );
}
