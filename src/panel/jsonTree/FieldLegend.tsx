import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { ROLE, ROLE_NAMES, type RoleName } from './decoderFields';
import type { JsonTreeModel } from './useJsonTree';

/** The first node of each role found, in document order. */
function firstOfEach(roles: Uint8Array): [RoleName, number][] {
  const first = new Map<RoleName, number>();
  for (let i = 0; i < roles.length && first.size < ROLE_NAMES.length; i++) {
    const bits = roles[i] ?? 0;
    if (bits === 0) continue;
    for (const r of ROLE_NAMES) if ((bits & ROLE[r]) !== 0 && !first.has(r)) first.set(r, i);
  }
  return ROLE_NAMES.flatMap((r) => {
    const node = first.get(r);
    return node === undefined ? [] : [[r, node] as [RoleName, number]];
  });
}

/** Which fields the decoder read, each a button that shows where in the body it sits. */
export function FieldLegend({ model }: { readonly model: JsonTreeModel }) {
  const t = useT();
  const found = useMemo(() => firstOfEach(model.roles), [model.roles]);
  if (found.length === 0) return null;
  return (
    <div className="jt-legend">
      <span className="muted">{t('jsonLegend')}</span>
      {found.map(([role, node]) => {
        const name = t(`jsonRole.${role}`);
        return (
          <button
            key={role}
            type="button"
            className="jt-legend-item"
            data-role={role}
            title={t('jsonLegendTitle', { role: name })}
            onClick={() => model.show(node)}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
