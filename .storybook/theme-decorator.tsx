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
 * Puts `data-theme` on the story root. On a story's own canvas it also goes on <html>, so that
 * portals and the canvas background (see preview.css) follow the theme. A docs page shows many
 * stories in one document, so there a story's theme stays on its own root (which paints its own
 * background): a dark story is a dark block and never turns the rest of the page dark. Colours come
 * only from the library's tokens, so a story looks exactly as it will in a host app with that theme.
 */
export const withTheme: Decorator = (Story, context) => {
  const theme = readTheme(context.globals.theme);
  return (
    <ThemeRoot theme={theme} ownsPage={context.viewMode !== 'docs'}>
      <Story />
    </ThemeRoot>
  );
};

function ThemeRoot({ theme, ownsPage, children }: { theme: Theme; ownsPage: boolean; children: React.ReactNode }) {
  useEffect(() => {
    if (ownsPage) document.documentElement.setAttribute('data-theme', theme);
  }, [theme, ownsPage]);
  return (
    <div className="sh-story-root" data-theme={theme}>
      {children}
    </div>
  );
}
