'use client';
import { useEffect, useState } from 'react';

/**
 * Copying a value to the clipboard, for the copy buttons: `copy` writes it (a function value is read
 * then, for values that exist only in the browser, such as a link resolved against the page's
 * address), and `copied` holds for a moment after. When the clipboard refuses, nothing is copied and
 * nothing claims it was.
 */
export function useCopy(value: string | (() => string)): { copied: boolean; copy: (event: React.MouseEvent) => Promise<void> } {
  // The text last copied, not a flag: a button reused for another value (a table row showing another
  // sync) is not "copied". A value given as a function is known only once pressed, so any copy counts.
  const [copiedValue, setCopiedValue] = useState<string | undefined>(undefined);
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
  return { copied: copiedValue !== undefined && (typeof value === 'function' || copiedValue === value), copy };
}
