'use client';
import { clsx } from 'clsx';
import { useEffect, useId, useRef, useState } from 'react';
import { useSharedMessages } from './use-messages';

/** Props of {@link SearchInput}. */
export interface SearchInputProps {
  /** The committed search text (after the debounce). */
  value: string;
  /** Called with the new text once typing pauses for `debounceMs`, and at once on clear or Enter. */
  onValueChange: (value: string) => void;
  /** The visible label. */
  label: string;
  /** Placeholder text. */
  placeholder?: string;
  /** How long typing must pause before the search runs. Default 250 ms. */
  debounceMs?: number;
  /** Extra class names. */
  className?: string;
}

/** A labelled search box with a debounce and a clear button. Escape clears it. */
export function SearchInput({ value, onValueChange, label, placeholder, debounceMs = 250, className }: SearchInputProps) {
  const messages = useSharedMessages();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const committed = useRef(value);
  const inputRef = useRef<HTMLInputElement>(null);

  // A new value from outside (e.g. "clear all filters") replaces what is typed.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value);
    }
  }, [value]);

  useEffect(() => {
    if (draft === committed.current) return;
    const timer = setTimeout(() => commit(draft), debounceMs);
    return () => clearTimeout(timer);
  });

  function commit(next: string) {
    committed.current = next;
    onValueChange(next);
  }

  function clear() {
    setDraft('');
    commit('');
    inputRef.current?.focus();
  }

  return (
    <div className={clsx('sh-search', className)}>
      <label className="sh-search__label" htmlFor={id}>
        {label}
      </label>
      <div className="sh-search__field">
        <input
          ref={inputRef}
          id={id}
          className="sh-search__input"
          type="search"
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(draft);
            if (event.key === 'Escape' && draft !== '') {
              event.preventDefault();
              clear();
            }
          }}
        />
        {draft !== '' ? (
          <button type="button" className="sh-search__clear" aria-label={messages.common.clearSearch} onClick={clear}>
            <span className="sh-icon" data-icon="close" aria-hidden="true" />
          </button>
        ) : null}
      </div>
    </div>
  );
}
