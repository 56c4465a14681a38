import type { FieldError } from '../../core/types';
import { useT } from '../i18n/useT';
import { Section } from './Section';

/** Validation errors per field, as the server listed them. */
export function FieldErrors({ errors }: { readonly errors: readonly FieldError[] }) {
  const t = useT();
  return (
    <Section title={t('fieldErrors')} className="field-errors">
      <table className="kv-table">
        <thead>
          <tr>
            <th>{t('field')}</th>
            <th>{t('messages')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${i}:${e.field}`}>
              <td>
                <code>{e.field}</code>
              </td>
              <td>{e.messages.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
