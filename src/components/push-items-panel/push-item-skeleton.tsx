'use client';
import { usePushItemsPanelMessages } from './messages';

const CELLS: readonly [column: string, width: string][] = [
  ['core-id', '70%'],
  ['data-type', '55%'],
  ['status', '60%'],
  ['requested', '65%'],
  ['completed', '65%'],
];

/** The cells of a row whose item has not arrived yet. */
export function SkeletonRowCells() {
  return (
    <div className="sh-push-items-panel__row" aria-hidden="true">
      <span className="sh-push-items-panel__cell" data-column="select" />
      {CELLS.map(([column, width]) => (
        <span key={column} className="sh-push-items-panel__cell" data-column={column}>
          <span className="sh-skeleton" style={{ width }} />
        </span>
      ))}
      <span className="sh-push-items-panel__cell" data-column="details" />
    </div>
  );
}

/** The list while its first page loads: skeleton rows, and "Loading…" for screen readers. */
export function LoadingRows({ rows = 6 }: { rows?: number }) {
  const messages = usePushItemsPanelMessages();
  return (
    <div className="sh-push-items-panel__loading" aria-busy="true">
      <span className="sh-visually-hidden" role="status">
        {messages.common.loading}
      </span>
      {Array.from({ length: rows }, (_, index) => (
        <SkeletonRowCells key={index} />
      ))}
    </div>
  );
}
