import { memo, useMemo, useState } from 'react';
import type { FormatId, Lang } from '../../core/types';
import { useWatchedErrors } from '../hooks/useWatchedErrors';
import { localeOf, type Translate } from '../i18n/translate';
import { useLang, useT } from '../i18n/useT';
import { clockTime } from '../lib/format';
import { useStoreApi } from '../storeContext';
import { CallSiteTable } from './CallSiteTable';
import { groupSummary, summaryFilter, type HostGroup } from './summaryGroups';

interface Seen {
  readonly count: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
}

function SeenCells({ group, lang }: { readonly group: Seen; readonly lang: Lang }) {
  const full = (ms: number) => new Date(ms).toLocaleString(localeOf(lang));
  return (
    <>
      <td className="summary-count">{group.count}</td>
      <td className="summary-time" title={full(group.firstSeen)}>
        {clockTime(group.firstSeen)}
      </td>
      <td className="summary-time" title={full(group.lastSeen)}>
        {clockTime(group.lastSeen)}
      </td>
    </>
  );
}

type Show = (host: string, format: FormatId, code: string | number | null) => void;

function HostRows(props: {
  readonly group: HostGroup;
  readonly lang: Lang;
  readonly t: Translate;
  readonly onShow: Show;
}) {
  const { group, lang, t, onShow } = props;
  return (
    <>
      <tr className="summary-host" data-host={group.host}>
        <th scope="rowgroup" className="summary-name">
          {group.host === '' ? t('unknown') : group.host}
        </th>
        <SeenCells group={group} lang={lang} />
      </tr>
      {group.formats.map((f) => [
        <tr key={f.format} className="summary-format" data-host={group.host} data-format={f.format}>
          <td className="summary-name">{f.format}</td>
          <SeenCells group={f} lang={lang} />
        </tr>,
        ...f.codes.map((c) => {
          const code = c.code === null ? '' : String(c.code);
          return (
            <tr
              key={`${f.format} ${code}`}
              className="summary-row"
              data-host={group.host}
              data-format={f.format}
              data-code={code}
              onClick={() => onShow(group.host, f.format, c.code)}
            >
              <td className="summary-name">
                {/* The button makes the row reachable by Tab and Enter; the row takes the click. */}
                <button type="button" className="summary-code" title={t('summaryShow')}>
                  {c.code === null ? t('noCode') : code}
                </button>
              </td>
              <SeenCells group={c} lang={lang} />
            </tr>
          );
        }),
      ])}
    </>
  );
}

/** Errors grouped host → format → code with counts and first and last seen; a code opens its rows. */
export const SummaryView = memo(function SummaryView() {
  const t = useT();
  const lang = useLang();
  const store = useStoreApi();
  const errors = useWatchedErrors();
  const [by, setBy] = useState<'host' | 'site'>('host');
  const groups = useMemo(() => (by === 'host' ? groupSummary(errors) : []), [errors, by]);

  const onShow: Show = (host, format, code) => {
    const s = store.getState();
    s.setFilterText(summaryFilter(host, format, code));
    s.setTimeRange(null); // the summary counts every time; the list should show all it counted
    s.setActiveView('errors');
  };

  return (
    <div id="summary-view" className="summary-view">
      <div className="summary-by" role="group">
        {(['host', 'site'] as const).map((b) => (
          <button
            key={b}
            id={`summary-by-${b}`}
            type="button"
            className="fold-toggle"
            aria-pressed={by === b}
            onClick={() => setBy(b)}
          >
            {t(b === 'host' ? 'summaryByHost' : 'summaryByCallSite')}
          </button>
        ))}
      </div>
      {by === 'site' ? (
        <CallSiteTable errors={errors} />
      ) : groups.length === 0 ? (
        <p className="placeholder">{t('summaryEmpty')}</p>
      ) : (
        <table className="summary-table" aria-label={t('summaryLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('summaryGroup')}</th>
              <th scope="col">{t('summaryCount')}</th>
              <th scope="col">{t('summaryFirstSeen')}</th>
              <th scope="col">{t('summaryLastSeen')}</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.host}>
              <HostRows group={g} lang={lang} t={t} onShow={onShow} />
            </tbody>
          ))}
        </table>
      )}
    </div>
  );
});
