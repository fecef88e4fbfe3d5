import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'react-sync-health/styles.css';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'Sync health: Next.js App Router example' };

/** The root layout: the providers wrap every page, so client components below share one cache. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
