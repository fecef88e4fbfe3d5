'use client';
import { useCallback, useState } from 'react';

/**
 * The controlled/uncontrolled pattern, in one place: pass `value` to control the state from outside,
 * or `defaultValue` to let the component keep it. `onChange` is called on every change either way.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: {
  value: T | undefined;
  defaultValue: T;
  onChange?: (next: T) => void;
}): [T, (next: T | ((previous: T) => T)) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;
  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(current) : next;
      if (Object.is(resolved, current)) return;
      if (!controlled) setInternal(resolved);
      onChange?.(resolved);
    },
    [controlled, current, onChange],
  );
  return [current, setValue];
}
