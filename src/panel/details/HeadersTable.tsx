import { useMemo } from 'react';
import { maskHeaders } from '../../core/redact/maskHeaders';
import type { Header } from '../../core/types';
import { useT } from '../i18n/useT';
import { Section } from './Section';

interface HeadersTableProps {
  readonly kind: 'request' | 'response';
  readonly title: string;
  readonly headers: readonly Header[];
}

/** Headers with credentials masked: a screenshot of the panel must not leak a token. */
export function HeadersTable({ kind, title, headers }: HeadersTableProps) {
  const t = useT();
  const shown = useMemo(() => maskHeaders(headers), [headers]);
  return (
    <Section title={title} className={`headers headers-${kind}`}>
      {shown.length === 0 ? (
        <p className="muted">{t('noHeaders')}</p>
      ) : (
        <table className="kv-table" data-kind={kind}>
          <tbody>
            {shown.map((h, i) => (
              <tr key={`${i}:${h.name}`}>
                <th scope="row">{h.name}</th>
                <td>{h.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
