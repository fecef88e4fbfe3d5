import type { Decorator } from '@storybook/react-vite';
import { useEffect } from 'react';

export type Theme = 'light' | 'dark';

/** The toolbar toggle: a `theme` global with light and dark. */
export const themeGlobalType = {
  description: 'Colour theme of the components (sets data-theme)',
  toolbar: {
    title: 'Theme',
    icon: 'mirror',
    items: [
      { value: 'light', title: 'Light', icon: 'sun' },
      { value: 'dark', title: 'Dark', icon: 'moon' },
    ],
    dynamicTitle: true,
  },
} as const;

export function readTheme(value: unknown): Theme {
  return value === 'dark' ? 'dark' : 'light';
}

/**
 * Puts `data-theme` on the story root, and on <html> too so that portals (popovers, dialogs) and
 * the canvas/docs background (see preview.css) follow the theme. Colours come only from the
 * library's tokens, so a story looks exactly as it will in a host app with that theme.
 */
export const withTheme: Decorator = (Story, context) => {
  const theme = readTheme(context.globals.theme);
  return (
    <ThemeRoot theme={theme}>
      <Story />
    </ThemeRoot>
  );
};

function ThemeRoot({ theme, children }: { theme: Theme; children: React.ReactNode }) {
  useEffect(() => {
    document.documentElement.setAttribute('data-theme', theme);
  }, [theme]);
  return (
    <div className="sh-story-root" data-theme={theme}>
      {children}
    </div>
  );
}
