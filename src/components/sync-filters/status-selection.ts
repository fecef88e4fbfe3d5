/**
 * The status filter's rules. A filter lists categories and codes, and a sync matches either; so a
 * chosen category stands for all of its codes. Ticking every code of a category becomes the
 * category, and unticking one code of a chosen category keeps its other codes.
 */
import type { SyncFilter } from '../../core/query';
import { codesInCategory, statusCategoryOf, type SyncStatusCategory } from '../../core/status';

/** How much of a category is chosen. */
export type CategorySelection = 'all' | 'some' | 'none';

function withLists(filter: SyncFilter, codes: number[], categories: SyncStatusCategory[]): SyncFilter {
  const next: SyncFilter = { ...filter };
  if (codes.length > 0) next.statusCodes = [...codes].sort((a, b) => a - b);
  else delete next.statusCodes;
  if (categories.length > 0) next.statusCategories = categories;
  else delete next.statusCategories;
  return next;
}

/** How much of a category the filter chooses. */
export function categorySelection(filter: SyncFilter, category: SyncStatusCategory): CategorySelection {
  if (filter.statusCategories?.includes(category)) return 'all';
  const codes = codesInCategory(category);
  const chosen = codes.filter((code) => filter.statusCodes?.includes(code)).length;
  if (chosen === 0) return 'none';
  return chosen === codes.length ? 'all' : 'some';
}

/** Whether a code is chosen, by itself or through its category. */
export function isCodeSelected(filter: SyncFilter, code: number): boolean {
  return filter.statusCodes?.includes(code) === true || filter.statusCategories?.includes(statusCategoryOf(code)) === true;
}

/** Chooses a whole category, or clears it when it was wholly chosen. */
export function toggleCategory(filter: SyncFilter, category: SyncStatusCategory): SyncFilter {
  const inCategory = new Set(codesInCategory(category));
  const codes = (filter.statusCodes ?? []).filter((code) => !inCategory.has(code));
  const others = (filter.statusCategories ?? []).filter((entry) => entry !== category);
  const categories = categorySelection(filter, category) === 'all' ? others : [...others, category];
  return withLists(filter, codes, categories);
}

/** Chooses or clears one code, keeping the filter as short as it can be. */
export function toggleCode(filter: SyncFilter, code: number): SyncFilter {
  const category = statusCategoryOf(code);
  const siblings = category === 'unknown' ? [code] : codesInCategory(category);
  let codes = [...(filter.statusCodes ?? [])];
  let categories = [...(filter.statusCategories ?? [])];
  if (categories.includes(category)) {
    // Unticking one code of a chosen category: keep the category's other codes.
    categories = categories.filter((entry) => entry !== category);
    codes = [...new Set([...codes, ...siblings])].filter((entry) => entry !== code);
  } else if (codes.includes(code)) {
    codes = codes.filter((entry) => entry !== code);
  } else {
    codes.push(code);
    if (category !== 'unknown' && siblings.every((sibling) => codes.includes(sibling))) {
      codes = codes.filter((entry) => !siblings.includes(entry));
      categories.push(category);
    }
  }
  return withLists(filter, codes, categories);
}

/** The filter without any status part. */
export function clearStatuses(filter: SyncFilter): SyncFilter {
  return withLists(filter, [], []);
}

/** How many statuses are chosen (a category counts once). */
export function selectedStatusCount(filter: SyncFilter): number {
  return (filter.statusCodes?.length ?? 0) + (filter.statusCategories?.length ?? 0);
}
