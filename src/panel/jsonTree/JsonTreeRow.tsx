import { memo } from 'react';
import { useT } from '../i18n/useT';
import { ROLE, ROLE_NAMES } from './decoderFields';
import { KIND, type FlatTree } from './flatTree';
import { Highlighted } from './Highlighted';
import { pointerOf } from './nodePaths';

/** A value longer than this is cut in its row; "Copy value" copies it whole. */
const SHOWN_CHARS = 500;
/** Past this depth rows stop moving right, or a deep body would scroll sideways for ever. */
const MAX_INDENT_LEVELS = 40;
const INDENT_PX = 12;
/** Rows deeper than this carry no data-pointer attribute: it would be kilobytes long. */
const POINTER_ATTR_DEPTH = 100;

interface RowProps {
  readonly tree: FlatTree;
  readonly node: number;
  readonly top: number;
  readonly isOpen: boolean;
  readonly roles: number;
  readonly selected: boolean;
  /** 'current' for the match on show. */
  readonly match: 'current' | 'other' | null;
  /** The normalized find query, for marking the hit inside the row. */
  readonly query: string;
  readonly onToggle: (node: number) => void;
  readonly onSelect: (node: number) => void;
}

function cutText(text: string): string {
  return text.length > SHOWN_CHARS ? text.slice(0, SHOWN_CHARS) + '…' : text;
}

function ValueText({ tree, node, query }: Pick<RowProps, 'tree' | 'node' | 'query'>) {
  const t = useT();
  const kind = tree.kind[node];
  const n = tree.childCount[node] ?? 0;
  if (kind === KIND.object || kind === KIND.array) {
    const array = kind === KIND.array;
    return (
      <>
        <span className="jt-bracket">{array ? '[…]' : '{…}'}</span>
        <span className="jt-count">{t(array ? 'jsonItems' : 'jsonKeys', { n })}</span>
      </>
    );
  }
  const value = tree.values[node] ?? null;
  // A string shows as JSON text: quotes, and escapes for line breaks and control characters.
  const text = kind === KIND.string ? JSON.stringify(cutText(String(value))) : String(value);
  const type = kind === KIND.string ? 'string' : kind === KIND.number ? 'number' : 'literal';
  return (
    <span className={`jt-value jt-${type}`}>
      <Highlighted text={text} query={query} />
    </span>
  );
}

/** One node of the tree; positioned absolutely, as the error list's rows are. */
export const JsonTreeRow = memo(function JsonTreeRow(props: RowProps) {
  const { tree, node, top, isOpen, roles, selected, match, query, onToggle, onSelect } = props;
  const t = useT();
  const depth = (tree.depth[node] ?? 1) - 1;
  const key = tree.keys[node] ?? null;
  const container = tree.kind[node] === KIND.object || tree.kind[node] === KIND.array;
  const roleNames = ROLE_NAMES.filter((r) => (roles & ROLE[r]) !== 0);
  const classes = ['jt-row'];
  if (selected) classes.push('selected');
  if (roles !== 0) classes.push('jt-field');
  if (match !== null) classes.push(match === 'current' ? 'jt-match current' : 'jt-match');
  return (
    <div
      role="treeitem"
      id={`jt-node-${node}`}
      className={classes.join(' ')}
      style={{ top, paddingLeft: 4 + Math.min(depth, MAX_INDENT_LEVELS) * INDENT_PX }}
      aria-level={depth + 1}
      aria-expanded={container ? isOpen : undefined}
      aria-selected={selected}
      data-node={node}
      data-pointer={depth <= POINTER_ATTR_DEPTH ? pointerOf(tree, node) : undefined}
      data-field={roleNames.length > 0 ? roleNames.join(' ') : undefined}
      onClick={() => onSelect(node)}
      onDoubleClick={container ? () => onToggle(node) : undefined}
    >
      <span
        className={container ? 'jt-toggle' : 'jt-toggle leaf'}
        aria-hidden="true"
        onClick={
          container
            ? (e) => {
                e.stopPropagation();
                onToggle(node);
                onSelect(node);
              }
            : undefined
        }
      >
        {container ? (isOpen ? '▾' : '▸') : ''}
      </span>
      {key !== null && (
        <>
          <span className={typeof key === 'number' ? 'jt-key jt-index' : 'jt-key'}>
            <Highlighted text={cutText(String(key))} query={typeof key === 'string' ? query : ''} />
          </span>
          <span className="jt-colon">: </span>
        </>
      )}
      <ValueText tree={tree} node={node} query={query} />
      {roleNames.length > 0 && (
        <span className="jt-roles">{roleNames.map((r) => t(`jsonRole.${r}`)).join(', ')}</span>
      )}
    </div>
  );
});
