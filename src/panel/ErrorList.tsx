import { useCallback, useState, type CSSProperties, type RefObject } from 'react';
import type { CapturedError } from '../core/capture/capturedError';
import { gridTemplate, type ColumnId } from './columns';
import { EmptyState, NoMatch } from './EmptyState';
import { ErrorRow } from './ErrorRow';
import { ROW_HEIGHT, type VisibleRange } from './hooks/virtualWindow';
import { useLang, useT } from './i18n/useT';
import { domainOf } from './lib/filterText';
import { ListHeader } from './ListHeader';
import { useAppStore, useStoreApi } from './storeContext';

interface ErrorListProps {
  readonly rows: readonly CapturedError[];
  readonly range: VisibleRange;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly onScroll: () => void;
}

/** The one host a `domain:` token names exactly (no wildcard), or null. */
function singleHost(filterText: string): string | null {
  const domain = domainOf(filterText);
  return domain !== null && !domain.includes('*') ? domain : null;
}

/** The virtualized grid: only the rows in `list.range` exist in the DOM. */
export function ErrorList({ rows, range, scrollRef, onScroll }: ErrorListProps) {
  const t = useT();
  const lang = useLang();
  const store = useStoreApi();
  const selectedId = useAppStore((s) => s.selectedId);
  const captured = useAppStore((s) => s.errors.length);
  const openDetails = useAppStore((s) => s.openDetails);
  const saved = useAppStore((s) => s.settings.columnWidths);
  // Filtered to one host, every row would repeat it: the URL column shows the path alone.
  const pathOnly = useAppStore((s) => singleHost(s.filterText) !== null);
  const [dragging, setDragging] = useState<Readonly<Record<string, number>> | null>(null);
  const { start, end, totalHeight, slots } = range;

  const onResize = useCallback(
    (id: ColumnId, px: number | null, done: boolean) => {
      const current = store.getState().settings.columnWidths;
      const next = Object.fromEntries(Object.entries(current).filter(([k]) => k !== id));
      if (px !== null) next[id] = px;
      if (done) {
        setDragging(null);
        store.getState().updateSettings({ columnWidths: next });
      } else {
        setDragging(next);
      }
    },
    [store],
  );
  const style = { '--columns': gridTemplate(dragging ?? saved) } as CSSProperties;

  return (
    <div
      className="list"
      role="grid"
      aria-label={t('listLabel')}
      aria-rowcount={rows.length + 1}
      style={style}
      data-path-only={pathOnly || undefined}
    >
      <ListHeader pathOnly={pathOnly} onResize={onResize} />
      {/* The scroller stays mounted when empty, so its size is measured once and kept. */}
      <div className="list-scroll" ref={scrollRef} onScroll={onScroll}>
        {rows.length === 0 ? (
          captured === 0 ? (
            <EmptyState />
          ) : (
            <NoMatch />
          )
        ) : (
          <div className="list-spacer" role="rowgroup" style={{ height: totalHeight }}>
            {rows.slice(start, end).map((error, i) => (
              <ErrorRow
                // Keyed by place in the window, not by error: while following, the row that
                // scrolls out at the top becomes the one coming in at the bottom (its text is
                // updated), instead of one element removed and one created per new error.
                key={(start + i) % slots}
                error={error}
                index={start + i}
                top={(start + i) * ROW_HEIGHT}
                selected={error.id === selectedId}
                lang={lang}
                showHost={!pathOnly}
                onOpen={openDetails}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
