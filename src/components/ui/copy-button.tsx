'use client';
import { clsx } from 'clsx';
import { useEffect, useState } from 'react';
import { useSharedMessages } from './use-messages';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /**
   * The text put on the clipboard, or a function that gives it when the button is pressed (for a value
   * that exists only in the browser, such as an address resolved against the page's).
   */
  value: string | (() => string);
  /** What is copied, for the accessible name: "Copy {label}". */
  label: string;
  /**
   * A labelled action instead of an icon: this text is the button's name (instead of "Copy {label}"),
   * shown beside the icon where the component's CSS makes room for it, and the confirmation is a
   * status beside the button.
   */
  actionLabel?: string;
  /** Announced once copied. Default: the shared "Copied". */
  copiedText?: string;
  /** Extra class names. */
  className?: string;
}

/**
 * A button that copies a value (a sync ID, an error message, a link) and says so: a small icon, or a
 * labelled action (`actionLabel`). The confirmation is announced to screen readers; when the
 * clipboard is not available the button does nothing harmful.
 */
export function CopyButton({ value, label, actionLabel, copiedText, className }: CopyButtonProps) {
  const messages = useSharedMessages();
  // The value last copied, not a flag: a button reused for another value (a table row showing another
  // sync) is not "copied".
  // (A value given as a function is known only once pressed, so any copy counts.)
  const [copiedValue, setCopiedValue] = useState<string | undefined>(undefined);
  const copied = copiedValue !== undefined && (typeof value === 'function' || copiedValue === value);
  useEffect(() => {
    if (copiedValue === undefined) return;
    const timer = setTimeout(() => setCopiedValue(undefined), 1500);
    return () => clearTimeout(timer);
  }, [copiedValue]);
  const copy = async (event: React.MouseEvent) => {
    // Copy buttons live inside clickable rows; copying must not also open the row.
    event.stopPropagation();
    try {
      const text = typeof value === 'function' ? value() : value;
      await navigator.clipboard.writeText(text);
      setCopiedValue(text);
    } catch {
      setCopiedValue(undefined);
    }
  };
  const announcement = copied ? (copiedText ?? messages.common.copied) : '';
  if (actionLabel !== undefined) {
    // A labelled action: its name is its label, shown beside the icon, and the announcement is a
    // status beside the button (inside, it would join the button's name).
    return (
      <>
        <button type="button" className={clsx('sh-button', 'sh-copy-button', className)} data-state={copied ? 'copied' : 'idle'} onClick={copy}>
          <span className="sh-icon" data-icon={copied ? 'copied' : 'copy'} aria-hidden="true" />
          <span className="sh-visually-hidden sh-copy-button__label">{actionLabel}</span>
        </button>
        <span className="sh-visually-hidden" role="status">
          {announcement}
        </span>
      </>
    );
  }
  return (
    <button
      type="button"
      className={clsx('sh-icon-button', 'sh-copy-button', className)}
      aria-label={messages.common.copy(label)}
      title={messages.common.copy(label)}
      data-state={copied ? 'copied' : 'idle'}
      onClick={copy}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <span className="sh-icon" data-icon={copied ? 'copied' : 'copy'} aria-hidden="true" />
      <span className="sh-visually-hidden sh-copy-button__status" aria-live="polite">
        {announcement}
      </span>
    </button>
  );
}
