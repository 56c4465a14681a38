import type { DecodedError } from '../../core/types';
import { ROW_HEIGHT } from '../hooks/virtualWindow';
import { useT } from '../i18n/useT';
import { CopyBar } from './CopyBar';
import { FieldLegend } from './FieldLegend';
import type { FlatTree } from './flatTree';
import { JsonTreeRow } from './JsonTreeRow';
import { JsonTreeToolbar } from './JsonTreeToolbar';
import { normalizeQuery } from './treeFind';
import { useJsonTree } from './useJsonTree';
import './jsonTree.css';

/**
 * The body as a collapsible tree. Only the rows in view exist in the DOM, so "expand all" on a
 * body of 100,000 values builds as few elements as on one of ten. Every value is a text node.
 */
export function JsonTree({
  tree,
  decoded,
}: {
  readonly tree: FlatTree;
  readonly decoded: DecodedError;
}) {
  const t = useT();
  const model = useJsonTree(tree, decoded);
  const { range, scrollRef, onScroll } = model.view;
  const query = normalizeQuery(model.find.query);
  const current = model.find.matches[model.find.current];
  const shown = Array.from(model.rows.subarray(range.start, range.end));
  return (
    <div className="json-tree">
      <JsonTreeToolbar model={model} />
      <FieldLegend model={model} />
      <div
        id="json-tree"
        className="jt-scroll"
        ref={scrollRef}
        onScroll={onScroll}
        role="tree"
        aria-label={t('jsonTreeLabel')}
        aria-activedescendant={model.selected === null ? undefined : `jt-node-${model.selected}`}
        tabIndex={0}
        data-rows={model.rows.length}
        style={{ height: range.totalHeight + 2 }}
        onKeyDown={(e) => {
          if (e.altKey || e.ctrlKey || e.metaKey || !model.onKey(e.key)) return;
          e.preventDefault();
          e.stopPropagation(); // the error list must not move too
        }}
      >
        <div className="jt-spacer" role="group" style={{ height: range.totalHeight }}>
          {shown.map((node, i) => (
            <JsonTreeRow
              key={node}
              tree={tree}
              node={node}
              top={(range.start + i) * ROW_HEIGHT}
              isOpen={model.open[node] === 1}
              roles={model.roles[node] ?? 0}
              selected={node === model.selected}
              match={node === current ? 'current' : model.matchSet.has(node) ? 'other' : null}
              query={query}
              onToggle={model.toggle}
              onSelect={model.select}
            />
          ))}
        </div>
      </div>
      {model.selected !== null && <CopyBar tree={tree} node={model.selected} />}
    </div>
  );
}
