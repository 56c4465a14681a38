import type { RateLimitPolicy } from '../../core/types';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/translate';
import { useT } from '../i18n/useT';

const UNITS: Readonly<Record<string, MessageKey>> = {
  requests: 'unit.requests',
  'content-bytes': 'unit.content-bytes',
  'concurrent-requests': 'unit.concurrent-requests',
};

/** "100 requests per 60 s"; a unit no draft registers is shown as sent. */
function quotaText(p: RateLimitPolicy, t: Translate): string {
  if (p.quota === null) return '—';
  const key = UNITS[p.unit];
  const unit = key === undefined ? p.unit : t(key);
  return p.windowSeconds === null
    ? t('policyQuotaOnly', { q: p.quota, unit })
    : t('policyQuotaPerWindow', { q: p.quota, unit, w: p.windowSeconds });
}

/**
 * Every quota the response states, in every header generation, each with what remains: the
 * reset is as the response gave it (seconds after it), since a policy's window may slide.
 */
export function RateLimitPolicies({ policies }: { readonly policies: readonly RateLimitPolicy[] }) {
  const t = useT();
  return (
    <>
      <h4 className="subsection-title">{t('policies', { n: policies.length })}</h4>
      <table className="kv-table rate-limit-policies">
        <thead>
          <tr>
            <th>{t('policyName')}</th>
            <th>{t('policyQuota')}</th>
            <th>{t('policyRemaining')}</th>
            <th>{t('policyReset')}</th>
            <th>{t('policyHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((p, i) => (
            <tr
              key={i}
              className={p.remaining === 0 ? 'exhausted' : undefined}
              title={
                p.partitionKey === null ? undefined : t('policyPartition', { pk: p.partitionKey })
              }
            >
              <td>{p.name === null ? t('policyUnnamed') : <code>{p.name}</code>}</td>
              <td>{quotaText(p, t)}</td>
              <td>{p.remaining ?? t('unknown')}</td>
              <td>
                {p.resetSeconds === null ? '—' : t('policyResetAfter', { s: p.resetSeconds })}
              </td>
              <td>{t(`source.${p.source}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
