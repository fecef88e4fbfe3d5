'use client';
import { FAILED_PUSH_ITEM_STATUSES, type PushItem } from '../../core/model';
import { matchTroubleshootingPattern, type TroubleshootingFixer } from '../../core/troubleshooting';
import { usePushItemsPanelMessages } from './messages';

/**
 * Why a failed item failed, in one message: its first validation error (the most specific), else its
 * error message. `undefined` for an item that has not failed, or that failed without saying why.
 */
export function pushItemReason(item: PushItem): string | undefined {
  if (!FAILED_PUSH_ITEM_STATUSES.includes(item.status)) return undefined;
  return item.validationErrors[0]?.message || item.errorMessage || undefined;
}

/** Who can fix a reason, from the troubleshooting catalogue; `undefined` for a message it does not know. */
export function reasonFixer(reason: string | undefined): TroubleshootingFixer | undefined {
  return reason === undefined ? undefined : matchTroubleshootingPattern(reason)?.fixer;
}

/**
 * A failed item's reason, in its row without a click, and who can fix it when the catalogue knows.
 * Clamped to two lines by the stylesheet (the full text is in the details, and in the tooltip); the
 * backend's text is rendered as text, in `<bdi>` so its direction cannot reorder what follows.
 */
export function PushItemReason({ item }: { item: PushItem }) {
  const text = usePushItemsPanelMessages().pushItemsPanel;
  const reason = pushItemReason(item);
  if (reason === undefined) return null;
  const fixer = reasonFixer(reason);
  return (
    <div className="sh-push-items-panel__reason" data-fixer={fixer}>
      <p className="sh-push-items-panel__reason-text" title={reason}>
        <span className="sh-visually-hidden">{text.reasonLabel}: </span>
        <bdi>{reason}</bdi>
      </p>
      {fixer ? (
        <p className="sh-push-items-panel__fixer">
          {text.whoCanFix}: <strong>{text.fixers[fixer]}</strong>
        </p>
      ) : null}
    </div>
  );
}
