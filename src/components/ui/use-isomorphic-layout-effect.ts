'use client';
import { useEffect, useLayoutEffect } from 'react';

/** `useLayoutEffect` in the browser; `useEffect` during server rendering, where React 18 warns about layout effects. */
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
