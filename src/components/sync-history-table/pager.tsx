'use client';
/**
 * Paging for the history table: "1–50 of 12,345 syncs" (announced when it changes), the page size,
 * previous and next, and a box to jump to a page. Without a total from the adapter, only previous
 * and next. Buttons that cannot be used are `aria-disabled` rather than disabled, so the keyboard
 * focus stays on "Next" when the last page is reached.
 */
import { clsx } from 'clsx';
import { useId, useState, type FormEvent } from 'react';
import type { Page, PageRequest, Sync } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { useSyncHistoryTableMessages } from './messages';
import type { SyncHistoryTableInstance } from './use-sync-history-table';

/** Props of {@link Pager}. */
export interface PagerProps {
  table: SyncHistoryTableInstance;
  /** The page asked for. */
  page: PageRequest;
  /** The page on screen, once loaded. */
  data: Page<Sync> | undefined;
  /** The page sizes offered. */
  pageSizes: readonly number[];
  className?: string;
}

function JumpToPage({ table, page, pageCount }: { table: SyncHistoryTableInstance; page: PageRequest; pageCount: number }) {
  const { formatters } = useSyncHealth();
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const id = useId();
  const [draft, setDraft] = useState(String(page.index + 1));
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(draft);
    if (!Number.isInteger(number) || number < 1 || number > pageCount) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    table.setPageIndex(number - 1);
  };
  return (
    <form className="sh-sync-history-table__jump" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-page`}>{text.pageNumber}</label>
      <input
        id={`${id}-page`}
        className="sh-sync-history-table__page-input"
        type="number"
        inputMode="numeric"
        min={1}
        max={pageCount}
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
      />
      <span>{text.pageCount(formatters.number(pageCount))}</span>
      <button type="submit" className="sh-button">
        {text.goToPage}
      </button>
      {invalid ? (
        <span id={`${id}-error`} className="sh-sync-history-table__page-error" role="alert">
          {text.pageOutOfRange(formatters.number(pageCount))}
        </span>
      ) : null}
    </form>
  );
}

/** The pagination controls under the history table. */
export function Pager({ table, page, data, pageSizes, className }: PagerProps) {
  const { formatters } = useSyncHealth();
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const sizeId = useId();
  const total = data?.totalCount;
  const pageCount = total === undefined ? undefined : Math.max(1, table.getPageCount());
  const canPrevious = page.index > 0;
  const canNext = data?.hasNextPage === true;
  const sizes = pageSizes.includes(page.size) ? pageSizes : [...pageSizes, page.size].sort((a, b) => a - b);

  let range = '';
  if (data) {
    const first = page.index * page.size + 1;
    const last = page.index * page.size + data.items.length;
    if (data.items.length === 0) range = text.noSyncsInRange;
    else if (total === undefined) range = text.rangeWithoutTotal(formatters.number(first), formatters.number(last));
    else range = text.rangeOfTotal(formatters.number(first), formatters.number(last), formatters.number(total));
  }

  return (
    <nav className={clsx('sh-sync-history-table__pager', className)} aria-label={text.pagerLabel}>
      <p className="sh-sync-history-table__range" aria-live="polite" aria-atomic="true">
        {range}
      </p>
      <div className="sh-sync-history-table__page-size">
        <label htmlFor={sizeId}>{text.pageSize}</label>
        <select id={sizeId} className="sh-sync-history-table__select" value={page.size} onChange={(event) => table.setPageSize(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {formatters.number(size)}
            </option>
          ))}
        </select>
      </div>
      <div className="sh-sync-history-table__page-buttons">
        <button
          type="button"
          className="sh-button"
          aria-disabled={!canPrevious}
          onClick={() => canPrevious && table.setPageIndex(page.index - 1)}
        >
          {text.previousPage}
        </button>
        {pageCount !== undefined && pageCount > 1 ? <JumpToPage key={page.index} table={table} page={page} pageCount={pageCount} /> : null}
        <button type="button" className="sh-button" aria-disabled={!canNext} onClick={() => canNext && table.setPageIndex(page.index + 1)}>
          {text.nextPage}
        </button>
      </div>
    </nav>
  );
}
