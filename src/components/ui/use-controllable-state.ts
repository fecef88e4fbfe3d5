'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

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
  // The value last set, so two changes in one event (e.g. a mousedown then a focus) compare against
  // the first change rather than the not-yet-rendered value. Realigned with the real value after
  // every render.
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });
  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const previous = latest.current;
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      if (Object.is(resolved, previous)) return;
      latest.current = resolved;
      if (!controlled) setInternal(resolved);
      onChange?.(resolved);
    },
    [controlled, onChange],
  );
  return [current, setValue];
}
