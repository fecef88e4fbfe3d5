import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // No network beyond the npm registry here; also keeps CI output quiet.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  typescript: {
    // Autodocs reads the TSDoc on component props.
    reactDocgen: 'react-docgen-typescript',
  },
};

export default config;
