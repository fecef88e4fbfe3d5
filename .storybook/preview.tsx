import type { Decorator, Preview } from '@storybook/react-vite';

import '../src/styles/index.css';
import './preview.css';

import { withSyncHealthProvider } from '../stories/support/with-sync-health-provider';
import { themeGlobalType, withTheme } from './theme-decorator';

/**
 * Decorators run innermost first: the first entry wraps the story directly.
 *
 * The provider (in-memory adapter with demo data, a fresh QueryClient per story) sits inside the
 * themed root.
 */
const decorators: Decorator[] = [
  withSyncHealthProvider,
  withTheme,
];

const preview: Preview = {
  tags: ['autodocs'],
  decorators,
  globalTypes: {
    theme: themeGlobalType,
  },
  initialGlobals: {
    theme: 'light',
  },
  parameters: {
    a11y: {
      // Axe violations fail the story tests (Vitest addon) instead of only showing in the panel.
      test: 'error',
    },
    // The background follows the theme tokens (preview.css), not Storybook's backgrounds tool.
    backgrounds: { disable: true },
    controls: {
      matchers: {
        color: /(background|color)$/i,
        date: /Date$/i,
      },
    },
  },
};

export default preview;
