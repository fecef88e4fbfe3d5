'use client';
import { absoluteHref } from '../ui/absolute-href';
import { useCopy } from '../ui/use-copy';

/**
 * The details header's "Copy link": a labelled action (the label shows where there is room, and is
 * always its name) that copies the sync's absolute address, resolved when pressed, and announces
 * `copiedLabel` in a status beside it (inside, the announcement would join the button's name).
 */
export function CopyLinkButton({ href, label, copiedLabel }: { href: () => string; label: string; copiedLabel: string }) {
  const { copied, copy } = useCopy(() => absoluteHref(href()));
  return (
    <>
      <button type="button" className="sh-button sh-sync-details__action" data-state={copied ? 'copied' : 'idle'} onClick={copy}>
        <span className="sh-icon" data-icon={copied ? 'copied' : 'copy'} aria-hidden="true" />
        <span className="sh-visually-hidden sh-sync-details__action-label">{label}</span>
      </button>
      <span className="sh-visually-hidden" role="status">
        {copied ? copiedLabel : ''}
      </span>
    </>
  );
}
