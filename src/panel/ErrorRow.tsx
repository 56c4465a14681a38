import { ViolationBadge } from './ViolationBadge';
import { ImportedBadge } from './har/ImportedBadge';
import { memo } from 'react';
import type { CapturedError } from '../core/capture/capturedError';
import type { Lang } from '../core/types';
import { InitiatorLink } from './InitiatorLink';
import { clockTime } from './lib/format';
import { ExtensionBadge, GapBadge, statusText } from './RowMarks';

interface ErrorRowProps {
  readonly error: CapturedError;
  readonly index: number;
  readonly top: number;
  readonly selected: boolean;
  readonly lang: Lang;
  /** False when the list is filtered to one host: the path alone is shown. */
  readonly showHost: boolean;
  readonly onOpen: (id: number) => void;
}

/** One list row. The data-* attributes are a stable hook for e2e tests and for CSS. */
export const ErrorRow = memo(function ErrorRow({
  error,
  index,
  top,
  selected,
  lang,
  showHost,
  onOpen,
}: ErrorRowProps) {
  const site = error.initiator;
  const d = error.decoded;
  const code = d.code === null ? '' : String(d.code);
  const title = d.title[lang];
  return (
    <div
      role="row"
      // Stripes by index, not :nth-child, which shifts as the window scrolls.
      className={`row${index % 2 === 1 ? ' odd' : ''}${selected ? ' selected' : ''}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      style={{ top }}
      data-id={error.id}
      data-format={d.format}
      data-code={code}
      data-status={error.status}
      data-advice={d.retry.advice}
      data-gap={error.gap ?? undefined}
      data-by-extension={error.byExtension ? 'true' : undefined}
      data-initiator={site === null ? undefined : `${site.url}:${site.line}:${site.column}`}
      onClick={() => onOpen(error.id)}
    >
      <span role="gridcell" className="cell cell-time">
        {clockTime(error.startedAt)}
      </span>
      <span role="gridcell" className="cell cell-method">
        {error.method}
      </span>
      <span role="gridcell" className="cell cell-url" title={error.url}>
        {showHost && <span className="url-host">{error.host}</span>}
        {error.path}
      </span>
      <span role="gridcell" className="cell cell-status">
        {statusText(error.status, lang)}
      </span>
      <span role="gridcell" className="cell cell-format">
        {d.format}
      </span>
      <span role="gridcell" className="cell cell-code" title={code}>
        {code}
      </span>
      <span role="gridcell" className="cell cell-meaning" title={title}>
        <ViolationBadge errorId={error.id} />
        {error.imported && <ImportedBadge />}
        {error.gap !== null && <GapBadge gap={error.gap} lang={lang} />}
        {error.byExtension && <ExtensionBadge lang={lang} />}
        {title}
      </span>
      <span role="gridcell" className="cell cell-initiator">
        {site !== null && <InitiatorLink site={site} />}
      </span>
    </div>
  );
});
