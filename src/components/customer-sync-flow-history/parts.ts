/** The parts of `CustomerSyncFlowHistory` a host can add class names to through `classNames`. */
export type CustomerSyncFlowHistoryPart =
  | 'header'
  | 'title'
  | 'headline'
  | 'list'
  | 'item'
  | 'period'
  | 'status'
  | 'startedAt'
  | 'detail'
  | 'actions'
  | 'action'
  | 'footer'
  | 'count'
  | 'showMore'
  | 'state';

/** Extra class names keyed by part. */
export type CustomerSyncFlowHistoryClassNames = Partial<Record<CustomerSyncFlowHistoryPart, string>>;

const BLOCK = 'sh-customer-sync-flow-history';

/**
 * A class list: the library's classes, then the host's when it gave any. All the joining this entry
 * needs, so its bundle carries no class-name library.
 */
function withHostClass(own: string, host: string | undefined): string {
  return host ? `${own} ${host}` : own;
}

/** The library's class for a part, plus the host's: `sh-customer-sync-flow-history__item host-class`. */
export function partClass(part: CustomerSyncFlowHistoryPart, classNames: CustomerSyncFlowHistoryClassNames | undefined): string {
  return withHostClass(`${BLOCK}__${part}`, classNames?.[part]);
}

/** The root's class, plus the host's `className`. */
export function rootClass(className: string | undefined): string {
  return withHostClass(BLOCK, className);
}
