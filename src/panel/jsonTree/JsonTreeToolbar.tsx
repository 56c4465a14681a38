import { useT } from '../i18n/useT';
import type { JsonTreeModel } from './useJsonTree';
import { IconButton } from '../IconButton';

/** Expand all, collapse all, and find: Enter and Shift+Enter step through the matches. */
export function JsonTreeToolbar({ model }: { readonly model: JsonTreeModel }) {
  const t = useT();
  const { find } = model;
  const count = find.matches.length;
  return (
    <div className="jt-toolbar">
      <button id="json-expand-all" type="button" onClick={model.expandAll}>
        {t('jsonExpandAll')}
      </button>
      <button id="json-collapse-all" type="button" onClick={model.collapseAll}>
        {t('jsonCollapseAll')}
      </button>
      <input
        id="json-find"
        className="jt-find"
        type="search"
        value={find.query}
        placeholder={t('jsonFind')}
        aria-label={t('jsonFind')}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => model.search(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            model.step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape' && find.query !== '') {
            e.stopPropagation(); // clear the search first; the next Escape closes the details
            model.search('');
          }
        }}
      />
      {find.query !== '' && (
        <span id="json-find-count" className="jt-find-count muted" role="status">
          {count === 0 ? t('jsonNoMatch') : t('jsonMatches', { i: find.current + 1, n: count })}
        </span>
      )}
      <IconButton
        id="json-find-prev"
        label={t('jsonPrev')}
        disabled={count === 0}
        onClick={() => model.step(-1)}
      >
        ▲
      </IconButton>
      <IconButton
        id="json-find-next"
        label={t('jsonNext')}
        disabled={count === 0}
        onClick={() => model.step(1)}
      >
        ▼
      </IconButton>
    </div>
  );
}
