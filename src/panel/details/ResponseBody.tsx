import { useMemo } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import type { Settings } from '../../store/settings';
import { useT } from '../i18n/useT';
import { bodyTree } from '../jsonTree/bodyTree';
import { JsonTree } from '../jsonTree/JsonTree';
import { useAppStore } from '../storeContext';
import { BodyView } from './BodyView';
import { Section } from './Section';

const MB = 1024 * 1024;
const VIEWS: readonly Settings['bodyView'][] = ['tree', 'text'];

/**
 * The response body: a JSON body as a tree or as text (the choice is kept), anything else as
 * text; or why it is gone: the byte budget drops the oldest bodies, not rows.
 */
export function ResponseBody({ error }: { readonly error: CapturedError }) {
  const t = useT();
  const budget = useAppStore((s) => s.settings.bodyBudget);
  const view = useAppStore((s) => s.settings.bodyView);
  const updateSettings = useAppStore((s) => s.updateSettings);
  // The budget empties a kept error in place; this count is what changes when it does.
  useAppStore((s) => s.droppedBodies);
  const tree = useMemo(() => bodyTree(error.body), [error.body]);
  if (error.bodyDropped) {
    return (
      <Section title={t('body')} className="body">
        <p id="body-dropped" className="status-warn">
          {t('bodyDropped', { mb: Math.round(budget / MB) })}
        </p>
      </Section>
    );
  }
  if (tree === null) return <BodyView error={error} />;
  if (tree === 'too-large') {
    return (
      <>
        <p id="body-too-large" className="muted">
          {t('jsonTooLarge')}
        </p>
        <BodyView error={error} />
      </>
    );
  }
  return (
    <div className="body-views">
      <div className="body-view-tabs" role="tablist" aria-label={t('bodyViewLabel')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            id={`body-view-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            onClick={() => updateSettings({ bodyView: v })}
          >
            {t(v === 'tree' ? 'jsonTree' : 'jsonText')}
          </button>
        ))}
      </div>
      {view === 'tree' ? (
        <Section title={t('body')} className="body">
          <JsonTree tree={tree} decoded={error.decoded} />
        </Section>
      ) : (
        <BodyView error={error} />
      )}
    </div>
  );
}
