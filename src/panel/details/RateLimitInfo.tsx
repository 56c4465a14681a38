import type { RateLimit } from '../../core/types';
import { useNow } from '../hooks/useNow';
import { localeOf } from '../i18n/translate';
import { useLang, useT } from '../i18n/useT';
import { RateLimitPolicies } from './RateLimitPolicies';
import { Section } from './Section';

/**
 * The rate-limit state: `X-RateLimit-*` or the policy closest to exhaustion, the reset shown as
 * a local clock time; how an `X-RateLimit-Reset` was read; then every policy when there is more
 * to tell than the summary.
 */
export function RateLimitInfo({ rateLimit }: { readonly rateLimit: RateLimit }) {
  const t = useT();
  const { limit, remaining, resetAt, resetKind, policies } = rateLimit;
  const xReset = policies.some((p) => p.source === 'x-ratelimit' && p.resetSeconds !== null);
  const onlyX = policies.length === 1 && policies[0]?.source === 'x-ratelimit';
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
      {xReset && resetKind !== null && (
        <p className="reset-kind muted" data-kind={resetKind}>
          {t(resetKind === 'epoch' ? 'resetKindEpoch' : 'resetKindDelay')}
        </p>
      )}
      {policies.length > 0 && !onlyX && <RateLimitPolicies policies={policies} />}
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
