// Setup for the `unit` project (jsdom): jest-dom matchers and a clean DOM after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom renders whole pages (a dashboard with a 50-row table) slowly on a busy 2-core machine:
// findBy/waitFor wait up to 5 s for what a person would see. This is patience, not a speed check.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
