'use client';
import { clsx } from 'clsx';
import { useEffect, useState } from 'react';
import { useSharedMessages } from './use-messages';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** The text put on the clipboard. */
  value: string;
  /** What is copied, for the accessible name: "Copy {label}". */
  label: string;
  /** Announced once copied. Default: the shared "Copied". */
  copiedText?: string;
  /** Extra class names. */
  className?: string;
}

/**
 * A small button that copies a value (a sync ID, an error message) and says so. The confirmation is
 * announced to screen readers; when the clipboard is not available the button does nothing harmful.
 */
export function CopyButton({ value, label, copiedText, className }: CopyButtonProps) {
  const messages = useSharedMessages();
  // The value last copied, not a flag: a button reused for another value (a table row showing another
  // sync) is not "copied".
  const [copiedValue, setCopiedValue] = useState<string | undefined>(undefined);
  const copied = copiedValue === value;
  useEffect(() => {
    if (copiedValue === undefined) return;
    const timer = setTimeout(() => setCopiedValue(undefined), 1500);
    return () => clearTimeout(timer);
  }, [copiedValue]);
  const copy = async (event: React.MouseEvent) => {
    // Copy buttons live inside clickable rows; copying must not also open the row.
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(value);
      setCopiedValue(value);
    } catch {
      setCopiedValue(undefined);
    }
  };
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
