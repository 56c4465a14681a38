import type { CapturedError } from '../../core/capture/capturedError';
import { formatById } from '../../core/formats/index';
import { ImportedBadge } from '../har/ImportedBadge';
import { useLang, useT } from '../i18n/useT';
import { statusText } from '../RowMarks';
import { useAppStore } from '../storeContext';
import { compileStoredPacks } from '../../store/userPacks';
import { Section } from './Section';

/** What the error is: title, format and code, meaning, action, and the server's own words. */
export function Summary({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const lang = useLang();
  const d = error.decoded;
  const userPacks = useAppStore((s) => s.settings.userPacks);
  const formatName =
    d.format === 'http'
      ? t('formatHttp')
      : d.format === 'network'
        ? t('formatNetwork')
        : ((compileStoredPacks(userPacks).set?.byId(d.format) ?? formatById(d.format))?.name[
            lang
          ] ?? d.format);
  return (
    <>
      <section className="section summary">
        <h2 className="details-title">{d.title[lang]}</h2>
        <div className="badges">
          <span className="badge badge-status" data-advice={d.retry.advice}>
            {statusText(error.status, lang)}
          </span>
          <span className="badge badge-format" title={t('format')}>
            {formatName}
          </span>
          <span className="badge badge-code" title={t('code')}>
            {t('code')}: {d.code === null ? t('noCode') : String(d.code)}
          </span>
          {/* Only a code can be undocumented; an error without one is explained by its status. */}
          {!d.known && d.code !== null && (
            <span className="badge badge-undocumented">{t('undocumented')}</span>
          )}
          {error.imported && <ImportedBadge className="badge" />}
        </div>
        <dl className="facts">
          <dt>{t('meaning')}</dt>
          <dd className="meaning">{d.meaning[lang]}</dd>
          <dt>{t('action')}</dt>
          <dd className="action">{d.action[lang]}</dd>
          <dt>{t('httpMeaning')}</dt>
          <dd className="http-meaning">{d.httpMeaning[lang]}</dd>
          {d.message !== null && (
            <>
              <dt>{t('serverMessage')}</dt>
              <dd className="server-message">{d.message}</dd>
            </>
          )}
        </dl>
      </section>
      {d.notes.length > 0 && (
        <Section title={t('notes')} className="notes">
          <ul>
            {d.notes.map((note, i) => (
              <li key={i}>{note[lang]}</li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
