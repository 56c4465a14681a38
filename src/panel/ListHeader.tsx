import { memo, useRef, type PointerEvent } from 'react';
import { COLUMNS, type Column } from './columns';
import { useT } from './i18n/useT';
import { useAppStore } from './storeContext';

/**
 * The column headers. Each has a grip on its right edge: dragging it resizes the column, live,
 * and the width is kept in settings on release. A double click gives the default back.
 */
export const ListHeader = memo(function ListHeader({
  pathOnly,
  onResize,
}: {
  readonly pathOnly: boolean;
  readonly onResize: (id: Column['id'], px: number | null, done: boolean) => void;
}) {
  const t = useT();
  return (
    <div className="list-header" role="row" aria-rowindex={1}>
      {COLUMNS.map((c) => {
        const label = t(c.id === 'url' && pathOnly ? 'colPath' : c.label);
        return (
          <span key={c.id} role="columnheader" className={`cell cell-${c.id}`} title={label}>
            {label}
            <Grip column={c} name={label} onResize={onResize} />
          </span>
        );
      })}
    </div>
  );
});

function Grip({
  column,
  name,
  onResize,
}: {
  readonly column: Column;
  readonly name: string;
  readonly onResize: (id: Column['id'], px: number | null, done: boolean) => void;
}) {
  const t = useT();
  const start = useRef<{ x: number; width: number } | null>(null);
  const widthAt = (e: PointerEvent) =>
    Math.max(
      column.min,
      Math.round((start.current?.width ?? 0) + e.clientX - (start.current?.x ?? 0)),
    );
  return (
    <span
      className="col-grip"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resizeColumn', { name })}
      data-column={column.id}
      onPointerDown={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const cell = e.currentTarget.parentElement;
        start.current = { x: e.clientX, width: cell?.getBoundingClientRect().width ?? column.min };
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (start.current !== null) onResize(column.id, widthAt(e), false);
      }}
      onPointerUp={(e) => {
        if (start.current === null) return;
        onResize(column.id, widthAt(e), true);
        start.current = null;
      }}
      onDoubleClick={() => onResize(column.id, null, true)}
    />
  );
}

/** Resized widths: live while dragging, saved to settings on release. */
export function useColumnWidths(): Readonly<Record<string, number>> {
  return useAppStore((s) => s.settings.columnWidths);
}
