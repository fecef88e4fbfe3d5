/**
 * `npm run demo`: the components over the reference server (react-sync-health/server on PGlite,
 * seeded with the demo data set) through `createHttpAdapter`, as a host would run them. The support
 * engineer's Sync Health page, and one customer's history as the embedded Sync Flow shows it (the demo
 * server treats requests with an `X-Demo-Company` header as that company's customer).
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpAdapter } from '../src/adapters/http';
import { CustomerSyncFlowHistory, SyncDashboard, SyncHealthProvider } from '../src';
import '../src/styles/index.css';

const supportAdapter = createHttpAdapter({ baseUrl: '/api' });

/** The company of the newest sync: the customer whose history the demo shows. */
function useDemoCustomer(): string | undefined {
  const [companyId, setCompanyId] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    supportAdapter
      .listSyncs({ page: { index: 0, size: 1 } }, { signal: controller.signal })
      .then((page) => setCompanyId(page.items[0]?.companyId))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return companyId;
}

function Demo() {
  const [view, setView] = useState<'support' | 'customer'>('support');
  const companyId = useDemoCustomer();
  return (
    <main style={{ maxWidth: 1440, margin: '0 auto', padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <nav aria-label="Demo views" style={{ display: 'flex', gap: 8, marginBottom: 16 }}>
        <button type="button" className="sh-button" aria-pressed={view === 'support'} onClick={() => setView('support')}>
          Support: Sync Health
        </button>
        <button type="button" className="sh-button" aria-pressed={view === 'customer'} onClick={() => setView('customer')}>
          Customer: sync history
        </button>
      </nav>
      {view === 'support' ? (
        <SyncHealthProvider adapter={supportAdapter}>
          <SyncDashboard getSyncHref={(syncId) => `#sync=${encodeURIComponent(syncId)}`} />
        </SyncHealthProvider>
      ) : companyId ? (
        <CustomerSyncFlowHistory
          adapter={createHttpAdapter({ baseUrl: '/api', headers: { 'X-Demo-Company': companyId } }).customer}
          queryScope={`customer:${companyId}`}
        />
      ) : (
        <p>Finding a customer…</p>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Demo />
  </StrictMode>,
);
