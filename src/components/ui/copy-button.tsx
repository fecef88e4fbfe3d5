'use client';
import { clsx } from 'clsx';
import { useCopy } from './use-copy';
import { useSharedMessages } from './use-messages';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /**
   * The text put on the clipboard, or a function that gives it when the button is pressed (for a value
   * that exists only in the browser, such as a link resolved against the page's address).
   */
  value: string | (() => string);
  /** What is copied, for the accessible name: "Copy {label}". */
  label: string;
  /** Announced once copied. Default: the shared "Copied". */
  copiedText?: string;
  /** Extra class names. */
  className?: string;
}

/**
 * A small icon button that copies a value (a sync ID, an error message, a link) and says so. The
 * confirmation is announced to screen readers; when the clipboard is not available the button does
 * nothing harmful. (A labelled copy action, such as the details' "Copy link", uses `useCopy` too.)
 */
export function CopyButton({ value, label, copiedText, className }: CopyButtonProps) {
  const messages = useSharedMessages();
  const { copied, copy } = useCopy(value);
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
        {copied ? (copiedText ?? messages.common.copied) : ''}
      </span>
    </button>
  );
}
