// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { fakeCustomerAdapter, makeCustomerSync } from './support';

describe('CustomerSyncFlowHistory on the server', () => {
  it('renders its loading state without a browser, a provider or a QueryClient', () => {
    const html = renderToString(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter([makeCustomerSync()])} />);
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('Loading your sync history…');
    expect(html).toContain('<h2');
  });
});
