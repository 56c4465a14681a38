import type { MessageKey } from './i18n/en';

export type ColumnId =
  'time' | 'method' | 'url' | 'status' | 'format' | 'code' | 'meaning' | 'initiator';

export interface Column {
  readonly id: ColumnId;
  readonly label: MessageKey;
  /** The default track: fixed px, or a share of the rest with a floor. */
  readonly track: string;
  /** Narrower than this and the header no longer reads (no "Meth…", "St…"). */
  readonly min: number;
}

export const COLUMNS: readonly Column[] = [
  { id: 'time', label: 'colTime', track: '100px', min: 60 },
  { id: 'method', label: 'colMethod', track: '66px', min: 60 },
  { id: 'url', label: 'colUrl', track: 'minmax(140px, 2.5fr)', min: 80 },
  { id: 'status', label: 'colStatus', track: '58px', min: 56 },
  { id: 'format', label: 'colFormat', track: '92px', min: 64 },
  { id: 'code', label: 'colCode', track: 'minmax(110px, 1.4fr)', min: 48 },
  { id: 'meaning', label: 'colMeaning', track: 'minmax(140px, 3fr)', min: 80 },
  { id: 'initiator', label: 'colInitiator', track: 'minmax(96px, 1fr)', min: 72 },
];

/** The grid's columns: resized ones at their width, the rest at their default track. */
export function gridTemplate(widths: Readonly<Record<string, number>>): string {
  return COLUMNS.map((c) => {
    const px = widths[c.id];
    return px === undefined ? c.track : `${Math.max(c.min, px)}px`;
  }).join(' ');
}
