'use client';
import { useEffect, useState } from 'react';

/**
 * "Copy link": puts the absolute address of `href` (a relative one is resolved against the page's
 * address) on the clipboard and announces `copiedLabel` politely. Not the shared `CopyButton`: that
 * one is an icon for values known while rendering and says only "Copied", where this one is a
 * labelled header action whose address exists only in the browser (there is no page address on the
 * server). When the clipboard refuses, nothing is announced.
 */
export function CopyLinkButton({ href, label, copiedLabel }: { href: () => string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(href(), window.location.href).href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  // The announcement sits beside the button, not in it, where it would join the button's name.
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
