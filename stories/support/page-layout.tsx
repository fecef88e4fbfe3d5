import type { Decorator } from '@storybook/react-vite';

/** Full-page stories (the dashboard): no Storybook padding, a page-like margin of our own. */
export const pageLayout = {
  parameters: { layout: 'fullscreen' },
  decorators: [
    ((Story) => (
      <div style={{ padding: 16 }}>
        <Story />
      </div>
    )) satisfies Decorator,
  ],
};
