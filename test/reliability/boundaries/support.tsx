import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';

/** A switch a test flips: while `armed`, {@link Tripwire.check} throws, as a broken part would. */
export interface Tripwire {
  armed: boolean;
  /** Throws while armed; otherwise returns `value`. */
  check<T>(value: T): T;
}

/** A tripwire, armed. */
export function tripwire(): Tripwire {
  return {
    armed: true,
    check(value) {
      if (this.armed) throw new Error('A part of the page broke');
      return value;
    },
  };
}

/**
 * React reports every error a boundary catches with `console.error` (and jsdom adds its own report
 * on React 18): expected here, so it is kept out of the test output. The spy is returned so that a
 * test can still read what was reported.
 */
export function silenceReportedErrors() {
  let spy: MockInstance<typeof console.error>;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => spy.mockRestore());
  return () => spy;
}

/** The host page around a component: a heading before it and a button after it that stay put. */
export function renderInHostPage(component: ReactElement, wrap: (page: ReactElement) => ReactElement = (page) => page) {
  const onHostClick = vi.fn();
  const page = (
    <main>
      <h1>Host dashboard</h1>
      {component}
      <button type="button" onClick={onHostClick}>
        Host action
      </button>
    </main>
  );
  return { ...render(wrap(page)), onHostClick };
}
