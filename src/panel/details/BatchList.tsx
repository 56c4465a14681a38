import type { DecodedItem } from '../../core/types';
import { useLang, useT } from '../i18n/useT';
import { Section } from './Section';

/** Every error of a JSON-RPC batch; the summary above describes only the first. */
export function BatchList({ items }: { readonly items: readonly DecodedItem[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <Section title={t('batch', { n: items.length })} className="batch">
      <ol className="batch-list">
        {items.map((item, i) => (
          <li key={i} data-code={item.code === null ? '' : String(item.code)}>
            <code>{item.code === null ? '—' : String(item.code)}</code> {item.title[lang]}
          </li>
        ))}
      </ol>
    </Section>
  );
}
