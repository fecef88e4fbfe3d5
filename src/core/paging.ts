/**
 * The paging rules of the adapter contract, in one place for every adapter and component: how large
 * a page may be, how a bad request is clamped, and how a page says whether another follows.
 */
import type { Page, PageRequest } from './model';

/** The largest page the contract allows. */
export const MAX_PAGE_SIZE = 500;

/** The page size used when a request gives none. */
export const DEFAULT_PAGE_SIZE = 50;

/** A whole page size from 1 to {@link MAX_PAGE_SIZE}; anything that is not a finite number gets `fallback`. */
export function clampPageSize(size: number | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  return Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(size as number))) : fallback;
}

/**
 * Clamps a page request to the contract's limits: index 0 or more, size 1 to 500, whole numbers.
 * A missing request means the first page of `fallbackSize`.
 */
export function clampPage(page: Partial<PageRequest> | undefined, fallbackSize = DEFAULT_PAGE_SIZE): PageRequest {
  const index = Number.isFinite(page?.index) ? Math.max(0, Math.floor(page?.index as number)) : 0;
  return { index, size: clampPageSize(page?.size, fallbackSize) };
}

/** One page of `totalCount` results, with `hasNextPage` worked out from them. */
export function toPage<T>(items: T[], pageIndex: number, pageSize: number, totalCount: number): Page<T> {
  return { items, pageIndex, pageSize, totalCount, hasNextPage: (pageIndex + 1) * pageSize < totalCount };
}
