import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import { type DemoDataParameters, demoAdapter } from './demo-adapter';

/**
 * Wraps every story in a `SyncHealthProvider` on the in-memory adapter with demo data and a fresh
 * QueryClient. A story tunes it with `parameters.syncHealth` ({@link DemoDataParameters}), and sets
 * `locale` / `timeZone` through `parameters.syncHealthLocale`.
 */
export const withSyncHealthProvider: Decorator = (Story, context) => {
  const parameters = (context.parameters.syncHealth ?? {}) as DemoDataParameters;
  const locale = (context.parameters.syncHealthLocale ?? { locale: 'en-GB', timeZone: 'Europe/London' }) as {
    locale?: string;
    timeZone?: string;
  };
  return (
    <StoryProvider parameters={parameters} locale={locale}>
      <Story />
    </StoryProvider>
  );
};

function StoryProvider({
  parameters,
  locale,
  children,
}: {
  parameters: DemoDataParameters;
  locale: { locale?: string; timeZone?: string };
  children: React.ReactNode;
}) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }));
  const [adapter] = useState(() => parameters.adapter ?? demoAdapter(parameters));
  return (
    <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale={locale.locale} timeZone={locale.timeZone}>
      {children}
    </SyncHealthProvider>
  );
}
