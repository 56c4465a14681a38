import type { RefObject } from 'react';
import type { CapturedError } from '../core/capture/capturedError';
import { EmptyState, NoMatch } from './EmptyState';
import { ErrorRow } from './ErrorRow';
import { ROW_HEIGHT, type VisibleRange } from './hooks/virtualWindow';
import { useLang, useT } from './i18n/useT';
import type { MessageKey } from './i18n/en';
import { useAppStore } from './storeContext';

interface ErrorListProps {
  readonly rows: readonly CapturedError[];
  readonly range: VisibleRange;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly onScroll: () => void;
}

const COLUMNS: readonly [string, MessageKey][] = [
  ['time', 'colTime'],
  ['method', 'colMethod'],
  ['url', 'colUrl'],
  ['status', 'colStatus'],
  ['format', 'colFormat'],
  ['code', 'colCode'],
  ['meaning', 'colMeaning'],
];

/** The virtualized grid: only the rows in `list.range` exist in the DOM. */
export function ErrorList({ rows, range, scrollRef, onScroll }: ErrorListProps) {
  const t = useT();
  const lang = useLang();
  const selectedId = useAppStore((s) => s.selectedId);
  const captured = useAppStore((s) => s.errors.length);
  const openDetails = useAppStore((s) => s.openDetails);
  const { start, end, totalHeight } = range;

  return (
    <div className="list" role="grid" aria-label={t('listLabel')} aria-rowcount={rows.length + 1}>
      <div className="list-header" role="row" aria-rowindex={1}>
        {COLUMNS.map(([id, key]) => (
          <span key={id} role="columnheader" className={`cell cell-${id}`}>
            {t(key)}
          </span>
        ))}
      </div>
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
                key={error.id}
                error={error}
                index={start + i}
                top={(start + i) * ROW_HEIGHT}
                selected={error.id === selectedId}
                lang={lang}
                onOpen={openDetails}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
